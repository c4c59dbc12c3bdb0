package dev.readiness.rules.testing;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.testcode.TestMethods;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tests (or whole test classes) switched off with JUnit 5 {@code @Disabled}, JUnit 4 {@code @Ignore} or TestNG
 * {@code @Test(enabled = false)} without saying why. tsDetect's "Ignored Test", narrowed to the ones without a
 * reason.
 */
@RuleDefinition(
        id = "testing/disabled-test-without-reason",
        summary = "Test is disabled without a reason.",
        description = "Reports tests and test classes disabled with @Disabled, @Ignore or TestNG @Test(enabled = "
                + "false) that give no reason (no value, a blank one, or only a to-do marker). Nobody can tell "
                + "whether the test is obsolete, flaky or waiting for a fix, so it stays off for good.",
        level = Level.NOTE,
        precision = Precision.VERY_HIGH,
        scope = FileKind.TEST,
        tags = {"testing", "test-smell", "ai-readiness"}
)
public final class DisabledTestWithoutReason implements JavaFileRule {

    /** A reason that only says the work is unfinished is no reason. */
    private static final Pattern NO_REASON = Pattern.compile("\\W*((todo|fixme|tbd|xxx)\\W*)?");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (MethodDeclaration test : TestCode.testMethods(file)) {
            if (TestMethods.isDisabledItself(test) && !isReason(TestMethods.disabledReason(test))) {
                sink.report(SourceLocations.ofName(file, test), "Test " + test.getNameAsString()
                        + " is disabled without a reason. " + ADVICE);
            }
        }
        for (ClassOrInterfaceDeclaration type : file.unit().findAll(ClassOrInterfaceDeclaration.class)) {
            TestMethods.disablingOf(type).filter(disabling -> !isReason(disabling.reason())).ifPresent(reason -> sink.report(
                    SourceLocations.ofName(file, type), "Test class " + type.getNameAsString()
                            + " is disabled without a reason, so all its tests are off. " + ADVICE));
        }
    }

    private static final String ADVICE = "Say why and when it can come back (@Disabled(\"flaky on CI, see #123\"), "
            + "@Ignore(\"...\"), TestNG description = \"...\"), or fix or delete the test.";

    private static boolean isReason(Optional<String> reason) {
        return reason.filter(text -> !NO_REASON.matcher(text.toLowerCase(Locale.ROOT)).matches()).isPresent();
    }
}
