package dev.readiness.cli.browser;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * {@code @ExtendWith(BrowserAvailability.class)}: browser tests are skipped on a developer machine without
 * chromium or chromedriver, but fail on CI (environment variable CI set), where .ci/run installs both.
 * Each test is skipped on its own, with the reason, so surefire shows them as skipped rather than hiding a
 * class whose @BeforeAll was aborted.
 */
public final class BrowserAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            requireChromium(System.getenv());
            return ConditionEvaluationResult.enabled("chromium and chromedriver found");
        } catch (TestAbortedException skipped) {
            return ConditionEvaluationResult.disabled(skipped.getMessage());
        }
    }

    /** Passes when both executables are there; otherwise an assumption failure, or an assertion failure on CI. */
    public static void requireChromium(Map<String, String> environment) {
        List<String> missing = ChromiumInstallation.from(environment).missingExecutables();
        String message = String.join("; ", missing)
                + " - install Debian's chromium and chromium-driver (.ci/run does)";
        if (onCi(environment)) {
            Assertions.assertTrue(missing.isEmpty(), () -> "CI is set but " + message);
        }
        Assumptions.assumeTrue(missing.isEmpty(), () -> "browser tests skipped: " + message);
    }

    private static boolean onCi(Map<String, String> environment) {
        String ci = environment.getOrDefault("CI", "").strip();
        return !ci.isEmpty() && !ci.equalsIgnoreCase("false");
    }
}
