package dev.readiness.cli.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.InvalidArgumentException;
import org.openqa.selenium.print.PrintOptions;

/** Screenshots and PDFs of the open page, through chromedriver and the DevTools protocol. */
final class PageCapture {

    private final ChromeDriver driver;

    PageCapture(ChromeDriver driver) {
        this.driver = driver;
    }

    BufferedImage viewport() {
        return decodePng(driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole document at its CSS size, captured beyond the viewport without scrolling. */
    BufferedImage fullPage() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> contentSize = (Map<?, ?>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", contentSize.get("width"), "height", contentSize.get("height"));
        Map<String, Object> screenshot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true, "clip", clip));
        return decodePng(Base64.getDecoder().decode((String) screenshot.get("data")));
    }

    /** The page as printed (print media, backgrounds on), the way a user's "Save as PDF" would. */
    byte[] printToPdf() {
        try {
            return print();
        } catch (InvalidArgumentException e) {
            // Chromium now and then answers "Printing failed" (-32000) for a page that prints a moment later
            // (seen once in a full build; 40 repeated runs then passed); anything else is a real failure
            if (!String.valueOf(e.getMessage()).contains("Printing failed")) {
                throw e;
            }
            return print();
        }
    }

    private byte[] print() {
        PrintOptions options = new PrintOptions();
        options.setBackground(true);
        return Base64.getDecoder().decode(driver.print(options).getContent());
    }

    private static BufferedImage decodePng(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException("chromium returned an unreadable screenshot", e);
        }
    }
}
