package dev.readiness.cli.browser;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(BrowserAvailability.class)}: browser tests are skipped on a developer machine without
 * chromium or chromedriver, but fail on CI (environment variable CI set), where .ci/run installs both.
 */
public final class BrowserAvailability implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        requireChromium(System.getenv());
    }

    static void requireChromium(Map<String, String> environment) {
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
