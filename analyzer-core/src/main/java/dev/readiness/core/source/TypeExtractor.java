package dev.readiness.core.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link TypeInfo} for every named type declared in a file, nested ones included. */
final class TypeExtractor {

    private TypeExtractor() {
    }

    static List<TypeInfo> types(JavaFile file) {
        List<TypeInfo> types = new ArrayList<>();
        for (TypeDeclaration<?> type : file.unit().findAll(TypeDeclaration.class)) {
            if (type.getFullyQualifiedName().isEmpty()) {
                continue; // local classes have no stable name
            }
            List<MethodInfo> methods = new ArrayList<>();
            for (var member : type.getMembers()) {
                if (member instanceof CallableDeclaration<?> callable) {
                    methods.add(new MethodInfo(callable.getNameAsString(), Symbols.signature(callable),
                            beginLine(callable), endLine(callable), callable.getParameters().size(),
                            callable instanceof ConstructorDeclaration));
                }
            }
            types.add(new TypeInfo(type.getFullyQualifiedName().get(), type.getNameAsString(), file.path(),
                    kindOf(type), type.isPublic(), beginLine(type), endLine(type), methods));
        }
        return types;
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
