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
import dev.readiness.core.source.metrics.Accessors;
import dev.readiness.core.source.metrics.Callables;
import dev.readiness.core.source.metrics.CodeUnit;
import dev.readiness.core.source.metrics.CognitiveComplexity;
import dev.readiness.core.source.metrics.ComplexConditionals;
import dev.readiness.core.source.metrics.CyclomaticComplexity;
import dev.readiness.core.source.metrics.ForeignDataAccess;
import dev.readiness.core.source.metrics.MemberUsage;
import dev.readiness.core.source.metrics.NestingDepth;
import dev.readiness.core.source.metrics.Tables;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@link TypeInfo} for every named type declared in a file, nested ones included, with the size,
 * complexity and member usage of every method that the design metrics and code health need, and of the code
 * it holds outside its methods (enum constant bodies, field initialisers: {@link Callables#measured}).
 */
final class TypeExtractor {

    private TypeExtractor() {
    }

    static List<TypeInfo> types(JavaFile file) {
        List<TypeInfo> types = new ArrayList<>();
        List<TypeDeclaration> declarations = file.unit().findAll(TypeDeclaration.class);
        Set<String> localTypes = new HashSet<>();
        declarations.forEach(type -> localTypes.add(type.getNameAsString()));
        Map<TypeDeclaration<?>, List<CodeUnit>> nestedUnits = nestedUnits(file);
        for (TypeDeclaration<?> type : declarations) {
            if (type.getFullyQualifiedName().isEmpty()) {
                continue; // local classes have no stable name
            }
            List<String> fields = stateFields(type);
            Set<String> fieldNames = new HashSet<>(fields);
            Set<String> methodNames = new HashSet<>();
            type.getMethods().forEach(method -> methodNames.add(method.getNameAsString()));
            Usage usage = new Usage(fieldNames, methodNames, innerClassUse(type, fieldNames, methodNames));
            List<MethodInfo> methods = new ArrayList<>();
            for (var member : type.getMembers()) {
                if (member instanceof CallableDeclaration<?> callable) {
                    MethodMetrics metrics = Callables.body(callable).isEmpty() ? MethodMetrics.NO_BODY
                            : measure(CodeUnit.of(callable), usage, file.codeLines());
                    methods.add(new MethodInfo(callable.getNameAsString(), Symbols.signature(callable),
                            beginLine(callable), endLine(callable), Callables.countedParameters(callable.getParameters()),
                            callable instanceof ConstructorDeclaration, metrics));
                }
            }
            List<MethodInfo> nestedCode = new ArrayList<>();
            for (CodeUnit unit : nestedUnits.getOrDefault(type, List.of())) {
                nestedCode.add(new MethodInfo(unit.name(), signature(unit), beginLine(unit.declaration()),
                        endLine(unit.declaration()), Callables.countedParameters(unit.parameters()), unit.isConstructor(),
                        measure(unit, usage, file.codeLines())));
            }
            TypeDesign design = new TypeDesign(beginLine(type.getName()), file.codeLines().within(type),
                    isAbstract(type), fields, ForeignDataAccess.of(type, localTypes));
            types.add(new TypeInfo(type.getFullyQualifiedName().get(), type.getNameAsString(), file.path(),
                    kindOf(type), type.isPublic(), beginLine(type), endLine(type), methods, nestedCode, design));
        }
        return types;
    }

    /** The measured units that are not a member of their named type, by that type, in source order. */
    private static Map<TypeDeclaration<?>, List<CodeUnit>> nestedUnits(JavaFile file) {
        Map<TypeDeclaration<?>, List<CodeUnit>> byOwner = new IdentityHashMap<>();
        for (CodeUnit unit : Callables.measured(file.unit())) {
            unit.owner().filter(owner -> unit.declaration().getParentNode().orElse(null) != owner)
                    .ifPresent(owner -> byOwner.computeIfAbsent(owner, key -> new ArrayList<>()).add(unit));
        }
        return byOwner;
    }

    /** {@code PLUS.apply(int)} for a method, the bare name for a lambda (its parameter types are inferred). */
    private static String signature(CodeUnit unit) {
        return unit.callable().map(callable -> unit.name() + Symbols.signature(callable)
                .substring(callable.getNameAsString().length())).orElse(unit.name());
    }

    /**
     * A lambda counts as an override: it implements its interface's method, so neither its parameter list
     * nor its name is its own choice.
     */
    private static MethodMetrics measure(CodeUnit unit, Usage members, CodeLines codeLines) {
        MemberUsage.Result usage = members.of(unit);
        Set<String> fields = members.fields();
        Optional<CallableDeclaration<?>> callable = unit.callable();
        boolean isStatic = callable.map(CallableDeclaration::isStatic).orElse(false);
        boolean isPrivate = callable.map(CallableDeclaration::isPrivate).orElse(false);
        boolean isOverride = callable.map(declaration -> declaration.isAnnotationPresent("Override")
                || declaration.isAnnotationPresent("java.lang.Override")).orElse(true);
        boolean isPlainAccessor = callable.isPresent() && !unit.isConstructor()
                && Accessors.isPlainAccessor(unit.block().orElseThrow(), fields);
        MethodMetrics.Traits traits = new MethodMetrics.Traits(isStatic, isPrivate, isOverride, isPlainAccessor,
                Tables.isTable(unit), Callables.isGenerated(unit.declaration()));
        return new MethodMetrics(true, codeLines.inside(unit), CognitiveComplexity.of(unit).total(),
                CyclomaticComplexity.of(unit), NestingDepth.of(unit).depth(), NestingDepth.bumps(unit),
                ComplexConditionals.of(unit), traits,
                usage.fields(), usage.methods());
    }

    /**
     * A type's instance fields and method names, and what each of its inner classes uses of them: a method
     * that creates an inner class is credited with that use, so a view or iterator class over the outer's
     * state ties the method that hands it out to the methods on that state.
     */
    private record Usage(Set<String> fields, Set<String> methods, Map<String, MemberUsage.Result> innerClasses) {

        MemberUsage.Result of(CodeUnit unit) {
            MemberUsage.Result own = MemberUsage.of(unit, fields, methods);
            Set<String> usedFields = new TreeSet<>(own.fields());
            Set<String> called = new TreeSet<>(own.methods());
            String holderField = unit.holder().split("\\.", 2)[0];
            if (fields.contains(holderField)) {
                usedFields.add(holderField); // code in a field's initialiser is that field's value
            }
            for (String created : own.created()) {
                MemberUsage.Result inner = innerClasses.get(created);
                if (inner != null) {
                    usedFields.addAll(inner.fields());
                    called.addAll(inner.methods());
                }
            }
            return new MemberUsage.Result(new ArrayList<>(usedFields), new ArrayList<>(called), own.created());
        }
    }

    /**
     * What each inner (non-static member) class of {@code type} uses of it, by class name, directly or through
     * the other inner classes it creates.
     */
    private static Map<String, MemberUsage.Result> innerClassUse(TypeDeclaration<?> type, Set<String> fields,
                                                                 Set<String> methods) {
        Map<String, MemberUsage.Result> direct = new HashMap<>();
        boolean membersAreStatic = type instanceof ClassOrInterfaceDeclaration declaration && declaration.isInterface();
        for (var member : type.getMembers()) {
            if (!membersAreStatic && member instanceof ClassOrInterfaceDeclaration inner && !inner.isStatic()
                    && !inner.isInterface()) {
                direct.put(inner.getNameAsString(),
                        MemberUsage.ofInnerClass(inner, type.getNameAsString(), fields, methods));
            }
        }
        Map<String, MemberUsage.Result> reached = new HashMap<>();
        for (String name : direct.keySet()) {
            Set<String> usedFields = new TreeSet<>();
            Set<String> called = new TreeSet<>();
            Set<String> seen = new HashSet<>();
            Deque<String> pending = new ArrayDeque<>(List.of(name));
            while (!pending.isEmpty()) {
                MemberUsage.Result next = direct.get(pending.pop());
                usedFields.addAll(next.fields());
                called.addAll(next.methods());
                next.created().stream().filter(direct::containsKey).filter(seen::add).forEach(pending::push);
            }
            reached.put(name, new MemberUsage.Result(new ArrayList<>(usedFields), new ArrayList<>(called), List.of()));
        }
        return reached;
    }

    /**
     * The instance fields a type's methods work on as their state: its own, and for an inner class (a non-static
     * member class) also those of its enclosing instances that it does not shadow. Netty's channel Unsafe classes
     * hold two fields of their own and work on their channel's: measured on their own fields alone, their methods
     * looked unrelated (tight class cohesion 0.02).
     */
    private static List<String> stateFields(TypeDeclaration<?> type) {
        List<String> fields = instanceFields(type);
        TypeDeclaration<?> current = type;
        while (isInnerClass(current)) {
            current = (TypeDeclaration<?>) current.getParentNode().orElseThrow();
            instanceFields(current).stream().filter(field -> !fields.contains(field)).forEach(fields::add);
        }
        return fields;
    }

    /** A non-static class declared as a member of a class or enum: it has an enclosing instance. */
    private static boolean isInnerClass(TypeDeclaration<?> type) {
        return type instanceof ClassOrInterfaceDeclaration declaration && !declaration.isInterface()
                && !declaration.isStatic() && declaration.getParentNode()
                        .filter(parent -> parent instanceof EnumDeclaration
                                || parent instanceof ClassOrInterfaceDeclaration outer && !outer.isInterface())
                        .isPresent();
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
