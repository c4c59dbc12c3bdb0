package dev.readiness.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

@ExtendWith(BrowserAvailability.class)
class HeadlessChromiumTest {

    private static final int RED = 0xFF0000;
    private static final int WHITE = 0xFFFFFF;

    private static HeadlessChromium browser;

    @TempDir
    Path directory;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(800, 600);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aCleanPageHasNoConsoleErrorsEvenWhenItLogsAndWarns() throws IOException {
        browser.open(page("clean", "<h1>Clean</h1><script>console.log('hello'); console.warn('careful');</script>"));

        assertThat(browser.driver().getTitle()).isEqualTo("clean");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void consoleErrorIsReported() throws IOException {
        browser.open(page("logs", "<script>console.error('boom');</script>"));

        assertThat(browser.consoleErrors()).singleElement().asString().contains("boom");
    }

    @Test
    void anUncaughtExceptionIsReported() throws IOException {
        browser.open(page("throws", "<script>throw new Error('kaput');</script>"));

        assertThat(browser.consoleErrors()).singleElement().asString().contains("Uncaught Error: kaput");
    }

    @Test
    void anUnhandledPromiseRejectionIsReported() throws IOException {
        browser.open(page("rejects", "<script>Promise.reject(new Error('async kaput'));</script>"));

        assertThat(browser.consoleErrors()).singleElement().asString().contains("Uncaught Error: async kaput");
    }

    @Test
    void errorsOfThePreviousPageAreForgottenWhenTheNextIsOpened() throws IOException {
        browser.open(page("throws", "<script>throw new Error('kaput');</script>"));
        browser.open(page("clean", "<p>fine</p>"));

        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void errorsRaisedAfterLoadingAreCollectedAcrossCalls() throws IOException {
        browser.open(page("later", "<button id='b' onclick=\"throw new Error('on click')\">b</button>"
                + "<script>console.error('while loading');</script>"));
        assertThat(browser.consoleErrors()).hasSize(1);

        browser.driver().findElement(By.id("b")).click();

        assertThat(browser.consoleErrors()).hasSize(2).last().asString().contains("Uncaught Error: on click");
    }

    @Test
    void aClickChangesTheDom() throws IOException {
        browser.open(page("click", "<button id='toggle' onclick=\"document.getElementById('status')"
                + ".textContent = 'open'\">toggle</button><p id='status'>closed</p>"));

        browser.driver().findElement(By.id("toggle")).click();

        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("open");
    }

    @Test
    void scriptsGetArgumentsAndReturnValues() throws IOException {
        browser.open(page("script", "<p>x</p>"));

        assertThat(browser.script("return arguments[0] * arguments[1] + document.title.length", 6, 7))
                .isEqualTo(48L);
    }

    @Test
    void theViewportScreenshotHasTheViewportSize() throws IOException {
        browser.open(page("viewport", "<div style='height: 5000px; background: #ff0000'></div>"));

        BufferedImage screenshot = browser.screenshot();

        assertThat(screenshot.getWidth()).isEqualTo(800);
        assertThat(screenshot.getHeight()).isEqualTo(600);
        assertThat(rgb(screenshot, 400, 300)).isEqualTo(RED);
    }

    @Test
    void aFullPageScreenshotCoversTheWholeDocument() throws IOException {
        browser.open(page("tall", "<div style='height: 2900px'></div>"
                + "<div style='height: 100px; background: #ff0000'></div>"));

        BufferedImage screenshot = browser.fullPageScreenshot();

        assertThat(screenshot.getWidth()).isEqualTo(800);
        assertThat(screenshot.getHeight()).isEqualTo(3000);
        assertThat(rgb(screenshot, 400, 2950)).isEqualTo(RED);
        assertThat(rgb(screenshot, 400, 2850)).isEqualTo(WHITE);
    }

    @Test
    void renderingIsRepeatableAndAVisibleChangeIsCaught() throws IOException {
        Path report = page("text", "<h1 style='font: 32px sans-serif'>Readiness 62/100</h1>"
                + "<p id='p' style='color: #333333'>supervised, with some text to antialias</p>");
        browser.open(report);
        BufferedImage first = browser.screenshot();
        browser.open(report);
        BufferedImage again = browser.screenshot();
        browser.script("document.getElementById('p').style.background = '#00aa00'");
        BufferedImage changed = browser.screenshot();

        assertThat(ScreenshotComparison.compare(first, again).differingBlocks()).isEmpty();
        assertThat(ScreenshotComparison.compare(first, changed).differingBlocks()).isNotEmpty()
                .allSatisfy(block -> assertThat(block.y()).isLessThan(150));
    }

    @Test
    void setViewportResizesThePage() throws IOException {
        browser.open(page("resize", "<p>x</p>"));

        browser.setViewport(420, 300);
        Object size = browser.script("return window.innerWidth + 'x' + window.innerHeight");
        browser.setViewport(800, 600);

        assertThat(size).isEqualTo("420x300");
        assertThat(browser.script("return window.innerWidth + 'x' + window.innerHeight")).isEqualTo("800x600");
    }

    @Test
    void printingGivesAPdf() throws IOException {
        browser.open(page("print", "<h1>Printed</h1>"));

        byte[] pdf = browser.printToPdf();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(500);
    }

    @Test
    void emulatedPrintMediaAppliesThePrintStylesUntilReset() throws IOException {
        browser.open(page("media", "<style>@media print { #menu { display: none } }</style><p id='menu'>menu</p>"));
        String display = "return getComputedStyle(document.getElementById('menu')).display";

        browser.emulateMedia("print");
        Object printed = browser.script(display);
        browser.emulateMedia("");

        assertThat(printed).isEqualTo("none");
        assertThat(browser.script(display)).isEqualTo("block");
    }

    private Path page(String title, String body) throws IOException {
        Path file = directory.resolve(title + ".html");
        Files.writeString(file, "<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title
                + "</title><style>body { margin: 0; background: #ffffff }</style></head><body>" + body
                + "</body></html>");
        return file;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }
}
