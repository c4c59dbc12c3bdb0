package dev.readiness.cli.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Compares screenshots with golden PNGs committed under src/test/resources/screenshots, tolerantly (see
 * {@link BlockGrid}). With {@code -Dreadiness.updateScreenshots=true} the goldens are (re)written instead.
 * On a mismatch the actual image and a diff (differing blocks tinted red) go to target/screenshots/.
 */
public final class ScreenshotComparison {

    public static final String UPDATE_PROPERTY = "readiness.updateScreenshots";
    public static final int BLOCK_SIZE = 16;
    /** Out of 255 per colour channel: a one-pixel antialiasing shift moves a 16 px block's mean by at most 16. */
    public static final double BLOCK_THRESHOLD = 20;
    /** Share of blocks allowed to differ, for callers without a better figure. */
    public static final double DEFAULT_TOLERANCE = 0.01;

    private final Path goldenDirectory;
    private final Path outputDirectory;
    private final boolean updateGoldens;

    ScreenshotComparison(Path goldenDirectory, Path outputDirectory, boolean updateGoldens) {
        this.goldenDirectory = goldenDirectory;
        this.outputDirectory = outputDirectory;
        this.updateGoldens = updateGoldens;
    }

    /** Goldens of the module under test (surefire runs in the module directory and sets basedir). */
    public static ScreenshotComparison forThisModule() {
        Path module = Path.of(System.getProperty("basedir", "."));
        return new ScreenshotComparison(module.resolve("src/test/resources/screenshots"),
                module.resolve("target/screenshots"), Boolean.getBoolean(UPDATE_PROPERTY));
    }

    public static ScreenshotDifference compare(BufferedImage golden, BufferedImage actual) {
        return new BlockGrid(BLOCK_SIZE, BLOCK_THRESHOLD).compare(golden, actual);
    }

    /** Fails unless {@code actual} matches the golden {@code name}.png within tolerance (0 to 1). */
    public void assertMatchesGolden(String name, BufferedImage actual, double tolerance) {
        Path golden = goldenDirectory.resolve(name + ".png");
        if (updateGoldens) {
            write(actual, golden);
            return;
        }
        if (!Files.isRegularFile(golden)) {
            Path written = write(actual, outputDirectory.resolve(name + "-actual.png"));
            throw new AssertionError("no golden screenshot " + golden + "; run the test with -D" + UPDATE_PROPERTY
                    + "=true to create it (actual image: " + written + ")");
        }
        ScreenshotDifference difference = compare(read(golden), actual);
        if (!difference.matches(tolerance)) {
            List<Path> written = writeForInspection(name, actual, difference);
            throw new AssertionError("screenshot " + name + " does not match " + golden + ": "
                    + difference.describe() + "; see " + written);
        }
    }

    /** Writes {@code name}-actual.png and {@code name}-diff.png to the output directory. */
    public List<Path> writeForInspection(String name, BufferedImage actual, ScreenshotDifference difference) {
        return List.of(write(actual, outputDirectory.resolve(name + "-actual.png")),
                write(difference.highlight(actual), outputDirectory.resolve(name + "-diff.png")));
    }

    static BufferedImage read(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) {
                throw new IllegalStateException(png + " is not an image ImageIO can read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + png, e);
        }
    }

    private static Path write(BufferedImage image, Path png) {
        try {
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
    }
}
