package org.scalelab.training.data;

import java.util.Locale;

/**
 * How {@link ImageFolderReader} turns a folder into a dataset.
 *
 * @param height       rows every image is resized to; 0 together with {@code width}: the first image's size
 * @param width        columns every image is resized to; 0 together with {@code height}: the first image's size
 * @param color        grey, RGB, or decided by the images
 * @param testFraction the share of each class held out as test images, in (0, 1)
 * @param seed         picks the test images
 */
public record ImageFolderOptions(int height, int width, ColorMode color, double testFraction, long seed) {
    /** The first image's size, colour decided by the images, a fifth of each class for testing, seed 1. */
    public static final ImageFolderOptions DEFAULT = new ImageFolderOptions(0, 0, ColorMode.AUTO, 0.2, 1);

    public ImageFolderOptions {
        if (height < 0 || width < 0 || (height == 0) != (width == 0)) {
            throw new IllegalArgumentException("size " + height + "×" + width
                    + " must be positive, or 0×0 for the first image's size");
        }
        if (color == null) {
            throw new IllegalArgumentException("a colour mode is needed");
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction " + testFraction + " is outside (0, 1)");
        }
    }

    /** Whether the images keep the first image's size. */
    public boolean keepsFirstSize() {
        return height == 0;
    }

    /** These options as they go into a dataset id: empty for {@link #DEFAULT}, e.g. {@code ?size=32x32&color=rgb&test=0.1&seed=7}. */
    String idSuffix() {
        if (equals(DEFAULT)) {
            return "";
        }
        String size = keepsFirstSize() ? "first" : height + "x" + width;
        return "?size=" + size + "&color=" + color.name().toLowerCase(Locale.ROOT) + "&test=" + testFraction
                + "&seed=" + seed;
    }
}
