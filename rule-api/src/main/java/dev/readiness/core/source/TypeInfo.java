package dev.readiness.core.source;

import java.util.List;

/**
 * A declared type: fully qualified name (nested types joined with '.'), file, kind, lines, members and
 * what the class-design metrics need ({@link TypeDesign}). {@code methods} are its own methods and
 * constructors; {@code nestedCode} is the code it holds outside them, measured by itself because no method
 * encloses it: methods of enum constant bodies and of anonymous classes in field initialisers, and lambdas
 * there, named after their holder ({@code PLUS.apply}, {@code RULES$lambda}; see {@code CodeUnit}).
 */
public record TypeInfo(String qualifiedName, String simpleName, String path, Kind kind, boolean isPublic,
                       int startLine, int endLine, List<MethodInfo> methods, List<MethodInfo> nestedCode,
                       TypeDesign design) {

    public enum Kind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION }

    public TypeInfo {
        methods = List.copyOf(methods);
        nestedCode = nestedCode == null ? List.of() : List.copyOf(nestedCode);
        design = design == null ? TypeDesign.unknown(startLine) : design;
    }

    public String packageName() {
        int end = qualifiedName.length() - simpleName.length() - 1;
        return end <= 0 ? "" : qualifiedName.substring(0, end);
    }
}
