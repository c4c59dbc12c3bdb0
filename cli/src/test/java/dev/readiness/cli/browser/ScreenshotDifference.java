package dev.readiness.cli.browser;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a screenshot differs from its golden: the blocks whose mean colour moved, and any size difference. */
public record ScreenshotDifference(int goldenWidth, int goldenHeight, int actualWidth, int actualHeight,
        int comparedBlocks, List<Block> differingBlocks, double threshold) {

    /** A block of the grid, in pixels; blocks at the right and bottom edges may be smaller. */
    public record Block(int x, int y, int width, int height) {
    }

    /** Share of the compared blocks that differ, 0 to 1. */
    public double differingShare() {
        return comparedBlocks == 0 ? 0 : (double) differingBlocks.size() / comparedBlocks;
    }

    public Optional<String> sizeDifference() {
        if (goldenWidth == actualWidth && goldenHeight == actualHeight) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "size %dx%d differs from the golden's %dx%d (compared the "
                + "common top-left %dx%d)", actualWidth, actualHeight, goldenWidth, goldenHeight,
                Math.min(actualWidth, goldenWidth), Math.min(actualHeight, goldenHeight)));
    }

    /** Same size, and no more than {@code tolerance} (0 to 1) of the blocks differ. */
    public boolean matches(double tolerance) {
        return sizeDifference().isEmpty() && differingShare() <= tolerance;
    }

    public String describe() {
        String blocks = String.format(Locale.ROOT, "%d of %d blocks (%.2f%%) differ by more than %.0f/255 in mean "
                + "colour", differingBlocks.size(), comparedBlocks, differingShare() * 100, threshold);
        return sizeDifference().map(size -> blocks + "; " + size).orElse(blocks);
    }

    /** The actual image (common area) with the differing blocks tinted red. */
    public BufferedImage highlight(BufferedImage actual) {
        int width = Math.min(actualWidth, goldenWidth);
        int height = Math.min(actualHeight, goldenHeight);
        BufferedImage diff = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        diff.setRGB(0, 0, width, height, actual.getRGB(0, 0, width, height, null, 0, width), 0, width);
        differingBlocks.forEach(block -> tint(diff, block));
        return diff;
    }

    private static void tint(BufferedImage image, Block block) {
        int[] pixels = image.getRGB(block.x(), block.y(), block.width(), block.height(), null, 0, block.width());
        for (int i = 0; i < pixels.length; i++) {
            int red = (((pixels[i] >> 16) & 0xFF) + 0xFF) / 2;
            int green = ((pixels[i] >> 8) & 0xFF) / 2;
            int blue = (pixels[i] & 0xFF) / 2;
            pixels[i] = (red << 16) | (green << 8) | blue;
        }
        image.setRGB(block.x(), block.y(), block.width(), block.height(), pixels, 0, block.width());
    }
}
