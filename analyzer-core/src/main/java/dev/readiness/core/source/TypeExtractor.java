package dev.readiness.core.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.readiness.core.source.metrics.Accessors;
import dev.readiness.core.source.metrics.Callables;
import dev.readiness.core.source.metrics.CognitiveComplexity;
import dev.readiness.core.source.metrics.CyclomaticComplexity;
import dev.readiness.core.source.metrics.ForeignDataAccess;
import dev.readiness.core.source.metrics.MemberUsage;
import dev.readiness.core.source.metrics.NestingDepth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds {@link TypeInfo} for every named type declared in a file, nested ones included, with the size,
 * complexity and member usage of every method that the design metrics and code health need.
 */
final class TypeExtractor {

    private TypeExtractor() {
    }

    static List<TypeInfo> types(JavaFile file) {
        List<TypeInfo> types = new ArrayList<>();
        List<TypeDeclaration> declarations = file.unit().findAll(TypeDeclaration.class);
        Set<String> localTypes = new HashSet<>();
        declarations.forEach(type -> localTypes.add(type.getNameAsString()));
        for (TypeDeclaration<?> type : declarations) {
            if (type.getFullyQualifiedName().isEmpty()) {
                continue; // local classes have no stable name
            }
            List<String> fields = instanceFields(type);
            Set<String> fieldNames = new HashSet<>(fields);
            Set<String> methodNames = new HashSet<>();
            type.getMethods().forEach(method -> methodNames.add(method.getNameAsString()));
            List<MethodInfo> methods = new ArrayList<>();
            for (var member : type.getMembers()) {
                if (member instanceof CallableDeclaration<?> callable) {
                    methods.add(new MethodInfo(callable.getNameAsString(), Symbols.signature(callable),
                            beginLine(callable), endLine(callable), callable.getParameters().size(),
                            callable instanceof ConstructorDeclaration, measure(callable, fieldNames, methodNames, file.codeLines())));
                }
            }
            TypeDesign design = new TypeDesign(beginLine(type.getName()), file.codeLines().within(type),
                    isAbstract(type), fields, ForeignDataAccess.of(type, localTypes));
            types.add(new TypeInfo(type.getFullyQualifiedName().get(), type.getNameAsString(), file.path(),
                    kindOf(type), type.isPublic(), beginLine(type), endLine(type), methods, design));
        }
        return types;
    }

    private static MethodMetrics measure(CallableDeclaration<?> callable, Set<String> fields, Set<String> methods,
                                          CodeLines codeLines) {
        Optional<BlockStmt> body = Callables.body(callable);
        if (body.isEmpty()) {
            return MethodMetrics.NO_BODY;
        }
        MemberUsage.Result usage = MemberUsage.of(callable, fields, methods);
        MethodMetrics.Traits traits = new MethodMetrics.Traits(callable.isStatic(), callable.isPrivate(),
                callable.isAnnotationPresent("Override") || callable.isAnnotationPresent("java.lang.Override"),
                !(callable instanceof ConstructorDeclaration) && Accessors.isPlainAccessor(body.get(), fields));
        return new MethodMetrics(true, codeLines.inside(body.get()),
                CognitiveComplexity.of(callable).total(), CyclomaticComplexity.of(callable),
                NestingDepth.of(callable).depth(), NestingDepth.bumps(callable), traits, usage.fields(),
                usage.methods());
    }

    /** Non-static fields in declaration order; an interface has none. */
    private static List<String> instanceFields(TypeDeclaration<?> type) {
        List<String> fields = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration declaration && declaration.isInterface()) {
            return fields;
        }
        for (FieldDeclaration field : type.getFields()) {
            if (!field.isStatic()) {
                field.getVariables().forEach(variable -> fields.add(variable.getNameAsString()));
            }
        }
        return fields;
    }

    private static boolean isAbstract(TypeDeclaration<?> type) {
        return type instanceof ClassOrInterfaceDeclaration declaration && declaration.isAbstract();
    }

    private static TypeInfo.Kind kindOf(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            return declaration.isInterface() ? TypeInfo.Kind.INTERFACE : TypeInfo.Kind.CLASS;
        }
        if (type instanceof EnumDeclaration) {
            return TypeInfo.Kind.ENUM;
        }
        if (type instanceof RecordDeclaration) {
            return TypeInfo.Kind.RECORD;
        }
        if (type instanceof AnnotationDeclaration) {
            return TypeInfo.Kind.ANNOTATION;
        }
        return TypeInfo.Kind.CLASS;
    }

    private static int beginLine(Node node) {
        return node.getBegin().map(position -> position.line).orElse(1);
    }

    private static int endLine(Node node) {
        return node.getEnd().map(position -> position.line).orElse(beginLine(node));
    }
}
