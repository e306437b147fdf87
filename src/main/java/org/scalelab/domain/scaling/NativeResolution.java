package org.scalelab.domain.scaling;

import java.util.Arrays;

/**
 * How many pixels of real information a dataset's images carry along their shorter side: the native
 * resolution. Fixed-size formats (IDX, CIFAR) have one; a folder of photos has a smallest and a median. An input
 * larger than the median is <em>upsampled</em>: the network sees more pixels but no more information, so
 * resolution scaling past it adds compute without adding anything to learn from (the paper's resolution gains
 * come from ImageNet photos whose native size exceeds every scaled input).
 *
 * @param smallest the shortest side of the smallest image
 * @param median   the median over the images of their shorter side; equal to {@code smallest} for fixed sizes
 */
public record NativeResolution(int smallest, int median) {

    public NativeResolution {
        if (smallest < 1 || median < smallest) {
            throw new IllegalArgumentException("native resolution: smallest " + smallest + " and median " + median
                    + " must be positive, the median at least the smallest");
        }
    }

    /** Images all of one size: the shorter of height and width. */
    public static NativeResolution fixed(int height, int width) {
        int side = Math.min(height, width);
        return new NativeResolution(side, side);
    }

    /** Images of many sizes, given as each image's shorter side (at least one). */
    public static NativeResolution of(int[] shorterSides) {
        if (shorterSides.length == 0) {
            throw new IllegalArgumentException("native resolution of no images");
        }
        int[] sorted = shorterSides.clone();
        Arrays.sort(sorted);
        return new NativeResolution(sorted[0], sorted[(sorted.length - 1) / 2]); // the lower median: a real image's side
    }

    /** Capped at {@code side}: images stored at that size cannot carry more, whatever their originals did. */
    public NativeResolution capped(int side) {
        return new NativeResolution(Math.min(smallest, side), Math.min(median, side));
    }

    /** Whether all images share one size. */
    public boolean isFixed() {
        return smallest == median;
    }

    /** Whether an input of this many pixels per side is larger than the data's median image: more pixels, no more information. */
    public boolean upsamples(int resolution) {
        return resolution > median;
    }

    /** For people: {@code 28 px}, or {@code median 375 px (smallest 180 px)}. */
    public String describe() {
        return isFixed() ? median + " px" : "median " + median + " px (smallest " + smallest + " px)";
    }
}
