package dev.readiness.cli.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class BrowserAvailabilityTest {

    private static final String ABSENT = "/nonexistent/readiness/chromium";
    private static final String PRESENT = "/bin/sh";

    @Test
    void aMissingBrowserSkipsOnADeveloperMachineNamingTheExecutable() {
        Map<String, String> environment = Map.of("READINESS_CHROMIUM", ABSENT, "READINESS_CHROMEDRIVER", PRESENT);

        assertThatThrownBy(() -> BrowserAvailability.requireChromium(environment))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("chromium not found at " + ABSENT)
                .hasMessageNotContaining("chromedriver not found");
    }

    @Test
    void aMissingDriverFailsOnCi() {
        Map<String, String> environment = Map.of("READINESS_CHROMIUM", PRESENT, "READINESS_CHROMEDRIVER", ABSENT,
                "CI", "true");

        assertThatThrownBy(() -> BrowserAvailability.requireChromium(environment))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI is set")
                .hasMessageContaining("chromedriver not found at " + ABSENT);
    }

    @Test
    void ciSetToFalseIsNotCi() {
        Map<String, String> environment = Map.of("READINESS_CHROMIUM", ABSENT, "READINESS_CHROMEDRIVER", PRESENT,
                "CI", "false");

        assertThatThrownBy(() -> BrowserAvailability.requireChromium(environment))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void presentExecutablesLetTheTestsRunOnCi() {
        Map<String, String> environment = Map.of("READINESS_CHROMIUM", PRESENT, "READINESS_CHROMEDRIVER", PRESENT,
                "CI", "true");

        assertThatCode(() -> BrowserAvailability.requireChromium(environment)).doesNotThrowAnyException();
    }
}
