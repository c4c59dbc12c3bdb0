package dev.readiness.rules.modularity;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.type.Type;
import dev.readiness.core.metrics.CodeHealth;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Option;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.metrics.Callables;
import java.util.List;
import java.util.Optional;

/**
 * Methods with 5 or more parameters and constructors with 6 or more (CodeScene's defaults). Methods
 * that override a supertype's signature, canonical record constructors and generated code are left alone:
 * their parameter lists are not theirs (or not a person's) to change.
 */
@RuleDefinition(
        id = "modularity/too-many-parameters",
        summary = "Method has too many parameters (more than " + CodeHealth.METHOD_PARAMETERS + "; constructors more than "
                + CodeHealth.CONSTRUCTOR_PARAMETERS + ").",
        description = "Reports methods with more than " + CodeHealth.METHOD_PARAMETERS + " parameters and constructors with more than "
                + CodeHealth.CONSTRUCTOR_PARAMETERS + ". Long parameter lists invite arguments passed in the wrong order, "
                + "a mistake that compiles when neighbouring parameters share a type. Methods annotated "
                + "@Override, canonical record constructors and code annotated @Generated are not reported, and a "
                + "run of numbered parameters of one type (Object p0, Object p1, ...) counts as one, like the varargs "
                + "it stands for.",
        level = Level.WARNING,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"modularity", "maintainability", "design", "ai-readiness"}
)
public final class TooManyParameters implements JavaFileRule {

    /** CodeScene warns from 5 method arguments and from 6 constructor arguments. */
    public record Options(
            @Option(defaultValue = CodeHealth.METHOD_PARAMETERS, max = 255,
                    description = "a method with more parameters than this is reported") int methodThreshold,
            @Option(defaultValue = CodeHealth.CONSTRUCTOR_PARAMETERS, max = 255,
                    description = "a constructor with more parameters than this is reported") int constructorThreshold) {
    }

    private final int methodThreshold;
    private final int constructorThreshold;

    public TooManyParameters(Options options) {
        this.methodThreshold = options.methodThreshold();
        this.constructorThreshold = options.constructorThreshold();
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        file.unit().walk(node -> {
            if (node instanceof CallableDeclaration<?> callable) {
                check(file, callable, sink);
            }
        });
    }

    private void check(JavaFile file, CallableDeclaration<?> callable, FindingSink sink) {
        boolean constructor = callable instanceof ConstructorDeclaration;
        int threshold = constructor ? constructorThreshold : methodThreshold;
        int count = Callables.countedParameters(callable.getParameters());
        if (count <= threshold || isOverride(callable) || isCanonicalRecordConstructor(callable)
                || Callables.isGenerated(callable)) {
            return;
        }
        String advice = constructor
                ? "group related values into a parameter object or record, or use a builder"
                : "group related values into a parameter object or record, or split the method by responsibility";
        String folded = count < callable.getParameters().size() ? ", a numbered run such as p0, p1 counting once" : "";
        sink.report(SourceLocations.ofName(file, callable), Callables.describe(callable) + " has " + count
                + " parameters (threshold " + threshold + folded + "): " + advice
                + " so callers cannot pass arguments in the wrong order.");
    }

    private static boolean isOverride(CallableDeclaration<?> callable) {
        return callable instanceof MethodDeclaration method
                && (method.isAnnotationPresent("Override") || method.isAnnotationPresent("java.lang.Override"));
    }

    /** A record's explicit canonical constructor repeats the record header: same types in the same order. */
    private static boolean isCanonicalRecordConstructor(CallableDeclaration<?> callable) {
        if (!(callable instanceof ConstructorDeclaration constructor)) {
            return false;
        }
        Optional<RecordDeclaration> record = constructor.getParentNode()
                .filter(RecordDeclaration.class::isInstance).map(RecordDeclaration.class::cast);
        if (record.isEmpty()) {
            return false;
        }
        List<Parameter> components = record.get().getParameters();
        List<Parameter> parameters = constructor.getParameters();
        if (components.size() != parameters.size()) {
            return false;
        }
        for (int i = 0; i < components.size(); i++) {
            if (!erased(components.get(i).getType()).equals(erased(parameters.get(i).getType()))) {
                return false;
            }
        }
        return true;
    }

    private static String erased(Type type) {
        return type.asString().replaceAll("<.*>", "").replaceAll("\\s+", "");
    }
}
