package dev.readiness.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotComparisonTest {

    @TempDir
    Path directory;

    @Test
    void identicalImagesDoNotDiffer() {
        ScreenshotDifference difference = ScreenshotComparison.compare(page(64, 64), page(64, 64));

        assertThat(difference.comparedBlocks()).isEqualTo(16);
        assertThat(difference.differingBlocks()).isEmpty();
        assertThat(difference.differingShare()).isZero();
        assertThat(difference.matches(0)).isTrue();
    }

    @Test
    void exactlyTheRepaintedBlockDiffers() {
        BufferedImage actual = page(64, 64);
        paint(actual, Color.BLUE, new Rectangle(16, 32, 16, 16));

        ScreenshotDifference difference = ScreenshotComparison.compare(page(64, 64), actual);

        assertThat(difference.differingBlocks()).containsExactly(new ScreenshotDifference.Block(16, 32, 16, 16));
        assertThat(difference.differingShare()).isEqualTo(1.0 / 16);
        assertThat(difference.matches(0.05)).isFalse();
        assertThat(difference.matches(0.07)).isTrue();
    }

    @Test
    void aChangeInTheSmallerEdgeBlocksCounts() {
        BufferedImage actual = page(40, 40);
        paint(actual, Color.GREEN, new Rectangle(32, 32, 8, 8));

        ScreenshotDifference difference = ScreenshotComparison.compare(page(40, 40), actual);

        assertThat(difference.comparedBlocks()).isEqualTo(9);
        assertThat(difference.differingBlocks()).containsExactly(new ScreenshotDifference.Block(32, 32, 8, 8));
    }

    @Test
    void aOnePixelAntialiasingChangeStaysUnderTolerance() {
        BufferedImage golden = page(64, 64);
        paint(golden, Color.BLACK, new Rectangle(10, 10, 20, 20));
        paint(golden, Color.DARK_GRAY, new Rectangle(40, 40, 20, 20));
        BufferedImage actual = page(64, 64);
        paint(actual, Color.BLACK, new Rectangle(10, 10, 21, 20));
        paint(actual, Color.DARK_GRAY, new Rectangle(40, 40, 20, 21));

        ScreenshotDifference difference = ScreenshotComparison.compare(golden, actual);

        assertThat(difference.differingBlocks()).isEmpty();
        assertThat(difference.matches(0)).isTrue();
    }

    @Test
    void aThreePixelShiftIsNoLongerAntialiasing() {
        BufferedImage golden = page(64, 64);
        paint(golden, Color.BLACK, new Rectangle(10, 10, 20, 20));
        BufferedImage actual = page(64, 64);
        paint(actual, Color.BLACK, new Rectangle(10, 10, 23, 20));

        ScreenshotDifference difference = ScreenshotComparison.compare(golden, actual);

        assertThat(difference.differingBlocks()).containsExactly(new ScreenshotDifference.Block(16, 16, 16, 16));
    }

    @Test
    void differentSizesAreReportedAndNeverMatch() {
        ScreenshotDifference difference = ScreenshotComparison.compare(page(64, 64), page(64, 80));

        assertThat(difference.differingBlocks()).isEmpty();
        assertThat(difference.comparedBlocks()).isEqualTo(16);
        assertThat(difference.sizeDifference()).hasValue(
                "size 64x80 differs from the golden's 64x64 (compared the common top-left 64x64)");
        assertThat(difference.matches(1)).isFalse();
        assertThat(difference.describe()).isEqualTo("0 of 16 blocks (0.00%) differ by more than 20/255 in mean "
                + "colour; size 64x80 differs from the golden's 64x64 (compared the common top-left 64x64)");
    }

    @Test
    void theUpdateSwitchWritesTheGoldenInsteadOfComparing() {
        BufferedImage actual = page(32, 32);
        paint(actual, Color.RED, new Rectangle(0, 0, 16, 16));

        new ScreenshotComparison(directory.resolve("golden"), directory.resolve("out"), true)
                .assertMatchesGolden("report", actual, 0);

        BufferedImage golden = ScreenshotComparison.read(directory.resolve("golden/report.png"));
        assertThat(ScreenshotComparison.compare(golden, actual).matches(0)).isTrue();
        assertThat(golden.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void aMatchingScreenshotPassesAndWritesNothing() {
        ScreenshotComparison comparison = comparison();
        new ScreenshotComparison(directory.resolve("golden"), directory.resolve("out"), true)
                .assertMatchesGolden("report", page(32, 32), 0);

        assertThatCode(() -> comparison.assertMatchesGolden("report", page(32, 32), 0)).doesNotThrowAnyException();
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void aMismatchFailsAndLeavesTheActualImageAndATintedDiff() {
        new ScreenshotComparison(directory.resolve("golden"), directory.resolve("out"), true)
                .assertMatchesGolden("report", page(32, 32), 0);
        BufferedImage actual = page(32, 32);
        paint(actual, Color.BLACK, new Rectangle(16, 0, 16, 16));

        assertThatThrownBy(() -> comparison().assertMatchesGolden("report", actual, 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 of 4 blocks (25.00%) differ")
                .hasMessageContaining("report-diff.png");

        BufferedImage diff = ScreenshotComparison.read(directory.resolve("out/report-diff.png"));
        assertThat(ScreenshotComparison.read(directory.resolve("out/report-actual.png")).getRGB(20, 4) & 0xFFFFFF)
                .isZero();
        assertThat(diff.getRGB(20, 4) & 0xFFFFFF).as("black tinted red").isEqualTo(0x7F0000);
        assertThat(diff.getRGB(4, 4) & 0xFFFFFF).as("white block untouched").isEqualTo(0xFFFFFF);
    }

    @Test
    void aMissingGoldenFailsWithHowToCreateIt() {
        assertThatThrownBy(() -> comparison().assertMatchesGolden("absent", page(32, 32), 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no golden screenshot")
                .hasMessageContaining("-Dreadiness.updateScreenshots=true");

        assertThat(directory.resolve("out/absent-actual.png")).isRegularFile();
        assertThat(directory.resolve("golden/absent.png")).doesNotExist();
    }

    private ScreenshotComparison comparison() {
        return new ScreenshotComparison(directory.resolve("golden"), directory.resolve("out"), false);
    }

    private static BufferedImage page(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        paint(image, Color.WHITE, new Rectangle(0, 0, width, height));
        return image;
    }

    private static void paint(BufferedImage image, Color colour, Rectangle area) {
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fill(area);
        graphics.dispose();
    }
}
