package dev.readiness.cli.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through chromedriver, for tests of HTML pages opened as file:// URLs.
 * Needs no network: the driver executable is given explicitly, so Selenium Manager never downloads anything.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<String> FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            // same pixels on every machine and run
            "--force-device-scale-factor=1", "--hide-scrollbars", "--font-render-hinting=none", "--lang=en-US",
            // nothing to fetch: the pages are local files
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions");

    /**
     * Selenium warns on every start when Chromium is newer than its bundled DevTools versions; we only send
     * raw commands (executeCdpCommand), which need none. Held here so the logger, and its level, stay alive.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.OFF);
    }

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final ConsoleLog console;
    private final PageCapture capture;

    private HeadlessChromium(ChromeDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
        this.console = new ConsoleLog(driver);
        this.capture = new PageCapture(driver);
    }

    /** Starts a browser with a fresh profile and a viewport of exactly width x height CSS pixels. */
    public static HeadlessChromium start(int width, int height) {
        ChromiumInstallation installation = ChromiumInstallation.fromEnvironment();
        List<String> missing = installation.missingExecutables();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(String.join("; ", missing));
        }
        Path userDataDir = createUserDataDir();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service(installation), options(installation, userDataDir, width, height));
        } catch (RuntimeException e) {
            deleteRecursively(userDataDir);
            throw e;
        }
        HeadlessChromium browser = new HeadlessChromium(driver, userDataDir);
        browser.setViewport(width, height);
        return browser;
    }

    /** The driver executable is given explicitly: that is what keeps Selenium Manager from downloading one. */
    private static ChromeDriverService service(ChromiumInstallation installation) {
        return new ChromeDriverService.Builder()
                .usingDriverExecutable(installation.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
    }

    private static ChromeOptions options(ChromiumInstallation installation, Path userDataDir, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(installation.chromium().toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + userDataDir, "--window-size=" + width + "," + height);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    /** Opens a local HTML file; console errors are counted from here on. */
    public void open(Path htmlFile) {
        console.clear();
        driver.get(htmlFile.toAbsolutePath().toUri().toString());
    }

    public WebDriver driver() {
        return driver;
    }

    /** Every console.error and every uncaught JavaScript exception since the page was opened, in order. */
    public List<String> consoleErrors() {
        return console.errors();
    }

    /** Runs JavaScript in the page; {@code arguments[0]}... are the args, {@code return x} gives the result. */
    public Object script(String javaScript, Object... args) {
        return driver.executeScript(javaScript, args);
    }

    public BufferedImage screenshot() {
        return capture.viewport();
    }

    public BufferedImage fullPageScreenshot() {
        return capture.fullPage();
    }

    public byte[] printToPdf() {
        return capture.printToPdf();
    }

    /** Emulates a viewport of exactly width x height CSS pixels at scale 1, whatever the window size. */
    public void setViewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Applies the CSS of {@code media} ("print", "screen"; "" for the default) as if the page were shown on it. */
    public void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(userDataDir);
        }
    }

    private static Path createUserDataDir() {
        try {
            return Files.createTempDirectory("readiness-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile directory", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the Chromium profile " + directory, e);
        }
    }
}
