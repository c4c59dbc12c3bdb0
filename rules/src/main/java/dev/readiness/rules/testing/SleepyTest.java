package dev.readiness.rules.testing;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.testcode.TestFixtures;
import dev.readiness.core.source.testcode.TestMethods;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Thread.sleep}, {@code TimeUnit.X.sleep} (also statically imported as {@code SECONDS.sleep}) and Guava's
 * {@code sleepUninterruptibly} in a test class: in a test method or in a helper method of a class that has tests.
 * Stubs and fakes that sleep to simulate latency are left alone, whether they are separate classes or lambdas and
 * anonymous classes in the test (a slow loader, an answer, a background thread); so are sleeps that never run
 * (after {@code fail(...)}, in an {@code if (false)}), {@code main} programs kept under the test root, and the
 * fixture classes the tests run as inputs. tsDetect's "Sleepy Test".
 */
@RuleDefinition(
        id = "testing/sleepy-test",
        summary = "Test waits with a fixed sleep.",
        description = "Reports Thread.sleep, TimeUnit.X.sleep and sleepUninterruptibly in test methods and in helper "
                + "methods of test classes. A fixed pause is either too short (the test fails at random on a "
                + "busy machine) or too long (the suite gets slow); wait for the condition instead, or control "
                + "time with an injected clock.",
        level = Level.WARNING,
        precision = Precision.HIGH,
        scope = FileKind.TEST,
        tags = {"testing", "test-smell", "flaky", "ai-readiness"}
)
public final class SleepyTest implements JavaFileRule {

    private static final Set<String> TIME_UNITS = Set.of("NANOSECONDS", "MICROSECONDS", "MILLISECONDS", "SECONDS",
            "MINUTES", "HOURS", "DAYS");
    private static final Pattern TEST_CLASS_NAME = Pattern.compile(".*(Test|Tests|TestCase|IT|ITCase)");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        TestFixtures fixtures = TestFixtures.of(file.unit());
        for (MethodDeclaration method : file.unit().findAll(MethodDeclaration.class,
                method -> isInTestClass(method) && !isMain(method) && !fixtures.encloses(method))) {
            for (MethodCallExpr call : method.findAll(MethodCallExpr.class, call -> isSleep(call)
                    && !TestCode.inHandedOverCode(call, method) && !UnreachableCode.isUnreachable(call, method))) {
                sink.report(SourceLocations.of(file, call), "The test pauses with " + call.getScope()
                        .map(scope -> scope + ".").orElse("") + call.getNameAsString() + "(...). Wait for the "
                        + "condition instead (Awaitility's await().until(...), a latch, a future's get(timeout)) or "
                        + "inject a clock, so the test is neither flaky nor slow.");
            }
        }
    }

    /** A test method, or a method of a class that has test methods or is named like a test class. */
    private static boolean isInTestClass(MethodDeclaration method) {
        if (TestMethods.isTest(method)) {
            return true;
        }
        Optional<TypeDeclaration<?>> type = TestCode.declaringType(method);
        return type.filter(declaration -> TEST_CLASS_NAME.matcher(declaration.getNameAsString()).matches()
                || declaration.getMethods().stream().anyMatch(TestMethods::isTest)).isPresent();
    }

    /** {@code public static void main(String[])}: a demo or benchmark program, not a test. */
    private static boolean isMain(MethodDeclaration method) {
        return method.getNameAsString().equals("main") && method.isStatic() && method.getParameters().size() == 1;
    }

    static boolean isSleep(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (name.equals("sleepUninterruptibly")) {
            return true;
        }
        if (!name.equals("sleep")) {
            return false;
        }
        return TestCode.scopeName(call).map(SleepyTest::isSleepScope).orElse(false);
    }

    private static boolean isSleepScope(String scope) {
        String last = scope.substring(scope.lastIndexOf('.') + 1);
        return last.equals("Thread") || TIME_UNITS.contains(last);
    }
}
