package dev.readiness.core.source;

import java.util.List;

/**
 * A declared type: fully qualified name (nested types joined with '.'), file, kind, lines, members and
 * what the class-design metrics need ({@link TypeDesign}).
 */
public record TypeInfo(String qualifiedName, String simpleName, String path, Kind kind, boolean isPublic,
                       int startLine, int endLine, List<MethodInfo> methods, TypeDesign design) {

    public enum Kind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION }

    public TypeInfo {
        methods = List.copyOf(methods);
        design = design == null ? TypeDesign.unknown(startLine) : design;
    }

    public String packageName() {
        int end = qualifiedName.length() - simpleName.length() - 1;
        return end <= 0 ? "" : qualifiedName.substring(0, end);
    }
}
