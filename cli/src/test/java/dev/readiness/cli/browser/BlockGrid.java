package dev.readiness.cli.browser;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two images block by block: each image is cut into square blocks and a block counts as different
 * when the mean of a colour channel moves by more than the threshold. Antialiasing and sub-pixel text shifts
 * move a block's mean a little; a changed colour, a missing element or a moved box moves it a lot.
 */
final class BlockGrid {

    private final int blockSize;
    private final double threshold;

    BlockGrid(int blockSize, double threshold) {
        this.blockSize = blockSize;
        this.threshold = threshold;
    }

    /** Compares the area both images have (the top-left part); a size difference is reported, not hidden. */
    ScreenshotDifference compare(BufferedImage golden, BufferedImage actual) {
        int width = Math.min(golden.getWidth(), actual.getWidth());
        int height = Math.min(golden.getHeight(), actual.getHeight());
        int columns = (width + blockSize - 1) / blockSize;
        int rows = (height + blockSize - 1) / blockSize;
        List<ScreenshotDifference.Block> differing = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                ScreenshotDifference.Block block = block(column, row, width, height);
                if (channelDistance(meanColour(golden, block), meanColour(actual, block)) > threshold) {
                    differing.add(block);
                }
            }
        }
        return new ScreenshotDifference(golden.getWidth(), golden.getHeight(), actual.getWidth(), actual.getHeight(),
                columns * rows, List.copyOf(differing), threshold);
    }

    private ScreenshotDifference.Block block(int column, int row, int width, int height) {
        int x = column * blockSize;
        int y = row * blockSize;
        return new ScreenshotDifference.Block(x, y, Math.min(blockSize, width - x), Math.min(blockSize, height - y));
    }

    private static double[] meanColour(BufferedImage image, ScreenshotDifference.Block block) {
        int[] pixels = image.getRGB(block.x(), block.y(), block.width(), block.height(), null, 0, block.width());
        double[] sums = new double[3];
        for (int pixel : pixels) {
            sums[0] += (pixel >> 16) & 0xFF;
            sums[1] += (pixel >> 8) & 0xFF;
            sums[2] += pixel & 0xFF;
        }
        return new double[] {sums[0] / pixels.length, sums[1] / pixels.length, sums[2] / pixels.length};
    }

    private static double channelDistance(double[] golden, double[] actual) {
        return Math.max(Math.abs(golden[0] - actual[0]),
                Math.max(Math.abs(golden[1] - actual[1]), Math.abs(golden[2] - actual[2])));
    }
}
