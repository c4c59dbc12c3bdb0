package dev.readiness.cli.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the Chromium browser and its chromedriver live: the environment variables READINESS_CHROMIUM and
 * READINESS_CHROMEDRIVER, else Debian's /usr/bin/chromium and /usr/bin/chromedriver.
 */
public record ChromiumInstallation(Path chromium, Path chromedriver) {

    static final String CHROMIUM_VARIABLE = "READINESS_CHROMIUM";
    static final String CHROMEDRIVER_VARIABLE = "READINESS_CHROMEDRIVER";

    public static ChromiumInstallation fromEnvironment() {
        return from(System.getenv());
    }

    static ChromiumInstallation from(Map<String, String> environment) {
        return new ChromiumInstallation(
                Path.of(environment.getOrDefault(CHROMIUM_VARIABLE, "/usr/bin/chromium")),
                Path.of(environment.getOrDefault(CHROMEDRIVER_VARIABLE, "/usr/bin/chromedriver")));
    }

    /** One line per executable that is not there, naming the variable that would point to it. */
    public List<String> missingExecutables() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add("chromium not found at " + chromium + " (set " + CHROMIUM_VARIABLE + ")");
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add("chromedriver not found at " + chromedriver + " (set " + CHROMEDRIVER_VARIABLE + ")");
        }
        return missing;
    }
}
