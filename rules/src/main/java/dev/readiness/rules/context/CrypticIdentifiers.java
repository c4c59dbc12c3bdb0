package dev.readiness.rules.context;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that say nothing, on the declarations an agent reads to understand an API: fields, method names and
 * method / constructor parameters in production code. Local variables, loop variables, lambda and catch
 * parameters are out of scope (their context is a few lines away). One finding per declaration.
 */
@RuleDefinition(
        id = "context/cryptic-identifiers",
        summary = "Field, method or parameters named with meaningless or one-letter names.",
        description = "Reports fields, methods and parameter lists in production code named tmp, foo, obj, val, str, "
                + "data2, arg0 or with single letters outside their conventions (loop indexes, coordinates). Names "
                + "are most of what an AI agent knows about code it has not read in full; meaningless names make "
                + "it guess what a value is for.",
        level = Level.NOTE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"context", "naming", "readability", "ai-readiness"},
        holds = "Fields, methods and parameters have meaningful names")
public final class CrypticIdentifiers implements JavaFileRule {

    /**
     * Single letters that are conventional where they appear: loop indexes, coordinates and sizes. Others
     * ("a", "s", "o") are cryptic only where a method takes {@link #MIN_CRYPTIC_PARAMETERS} or more such names.
     */
    private static final Set<String> CONVENTIONAL_LETTERS = Set.of("i", "j", "k", "x", "y", "z", "n");
    /** Names that carry no meaning on their own. */
    private static final Set<String> MEANINGLESS = Set.of("tmp", "temp", "foo", "bar", "baz", "qux", "quux", "obj",
            "val", "str", "thing", "stuff", "blah", "asdf", "dummy");
    /** Meaningless only when numbered ("data2", "arg0"): alone they are fine words. */
    private static final Set<String> MEANINGLESS_WHEN_NUMBERED = Set.of("data", "arg", "param", "var", "my");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("\\d+$");
    /** One cryptic parameter is usually the obvious subject ("equals(Object o)"); two or more hide the roles. */
    static final int MIN_CRYPTIC_PARAMETERS = 2;

    @Override
    public void check(JavaFile file, FindingSink sink) {
        // constants follow their domain's names (Opcodes.V23, a type parameter's T): not judged here
        for (FieldDeclaration field : file.unit().findAll(FieldDeclaration.class,
                field -> !(field.isStatic() && field.isFinal()))) {
            for (VariableDeclarator variable : field.getVariables()) {
                String name = variable.getNameAsString();
                if (isCryptic(name)) {
                    sink.report(SourceLocations.ofName(file, variable), "Field '" + name + "' says nothing about what "
                            + "it holds: rename it after its meaning (what, in which unit, for what).");
                }
            }
        }
        for (CallableDeclaration<?> callable : file.unit().findAll(CallableDeclaration.class)) {
            if (!callable.isAnnotationPresent("Override")) {
                checkCallable(file, callable, sink);
            }
        }
    }

    private static void checkCallable(JavaFile file, CallableDeclaration<?> callable, FindingSink sink) {
        String name = callable.getNameAsString();
        if (callable instanceof MethodDeclaration && isCryptic(name)) {
            sink.report(SourceLocations.ofName(file, callable), "Method '" + name + "' says nothing about what it "
                    + "does: rename it after its effect or result.");
            return;
        }
        List<Parameter> crypticParameters = callable.getParameters().stream()
                .filter(parameter -> isCryptic(parameter.getNameAsString()) && !isNamedAfterItsType(parameter))
                .toList();
        List<String> cryptic = crypticParameters.stream().map(Parameter::getNameAsString).toList();
        if (cryptic.size() >= MIN_CRYPTIC_PARAMETERS && !areInterchangeable(crypticParameters)) {
            sink.report(SourceLocations.ofName(file, callable), (callable instanceof MethodDeclaration ? "Method '"
                    : "Constructor '") + name + "' has parameters named " + String.join(", ", cryptic)
                    + ": name them after their roles, so callers (and agents) can tell the arguments apart.");
        }
    }

    /** {@code T t}, {@code V v}: a generic parameter named after its type variable says all there is. */
    private static boolean isNamedAfterItsType(Parameter parameter) {
        return parameter.getType().asString().equalsIgnoreCase(parameter.getNameAsString());
    }

    /**
     * Operands of one type ({@code max(long a, long b)}, {@code equals(Object o1, Object o2)}) play the same
     * role, so letters are the conventional names.
     */
    private static boolean areInterchangeable(List<Parameter> parameters) {
        return parameters.stream().map(parameter -> parameter.getType().asString() + (parameter.isVarArgs() ? "..." : ""))
                .distinct().count() == 1;
    }

    /** A single letter (optionally numbered) other than the conventional ones, or a meaningless word. */
    static boolean isCryptic(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = NUMBER_SUFFIX.matcher(lower).replaceFirst("");
        if (base.length() == 1) {
            return Character.isLetter(base.charAt(0)) && !CONVENTIONAL_LETTERS.contains(base);
        }
        boolean numbered = base.length() < lower.length();
        return MEANINGLESS.contains(base) || (numbered && MEANINGLESS_WHEN_NUMBERED.contains(base));
    }
}
