package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageSetTest {
    private static final List<String> AB = List.of("a", "b");

    @Test
    void pixelsAreChannelMajorPerImage() {
        byte[] pixels = new byte[2 * 3 * 2 * 2];
        for (int p = 0; p < pixels.length; p++) {
            pixels[p] = (byte) (p * 10);
        }
        ImageSet set = new ImageSet(3, 2, 2, pixels, new int[] {0, 1}, AB);

        assertEquals(2, set.size());
        assertEquals(12, set.imageLength());
        assertEquals(0, set.pixel(0, 0, 0, 0));
        assertEquals(10 * 5, set.pixel(0, 1, 0, 1));
        assertEquals(230, set.pixel(1, 2, 1, 1));
    }

    @Test
    void laterChangesToTheArraysDoNotReachTheSet() {
        byte[] pixels = {1, 2};
        int[] labels = {0, 1};
        ImageSet set = new ImageSet(1, 1, 1, pixels, labels, AB);
        pixels[0] = 9;
        labels[0] = 1;
        set.pixels()[1] = 9;

        assertArrayEquals(new byte[] {1, 2}, set.pixels());
        assertArrayEquals(new int[] {0, 1}, set.labels());
    }

    @Test
    void subsetTakesTheImagesInTheOrderGiven() {
        ImageSet set = new ImageSet(1, 1, 2, new byte[] {1, 2, 3, 4, 5, 6}, new int[] {0, 1, 1}, AB);
        ImageSet subset = set.subset(new int[] {2, 0, 2});

        assertArrayEquals(new byte[] {5, 6, 1, 2, 5, 6}, subset.pixels());
        assertArrayEquals(new int[] {1, 0, 1}, subset.labels());
        assertArrayEquals(new int[] {1, 2}, subset.classCounts());
        assertTrue(subset.sameFormatAs(set));
    }

    @Test
    void rejectsPixelsThatDisagreeWithTheShape() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ImageSet(1, 2, 2, new byte[7], new int[] {0, 1}, AB));
        assertTrue(e.getMessage().contains("need 8 pixel bytes, not 7"), e.getMessage());
    }

    @Test
    void rejectsALabelWithoutAClass() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ImageSet(1, 1, 1, new byte[2], new int[] {0, 2}, AB));
        assertTrue(e.getMessage().contains("label 2 of image 1"), e.getMessage());
    }

    @Test
    void rejectsRepeatedClassNames() {
        assertThrows(IllegalArgumentException.class,
                () -> new ImageSet(1, 1, 1, new byte[1], new int[] {0}, List.of("a", "a")));
    }

    @Test
    void mayBeEmpty() {
        ImageSet empty = new ImageSet(1, 28, 28, new byte[0], new int[0], AB);
        assertEquals(0, empty.size());
        assertArrayEquals(new int[] {0, 0}, empty.classCounts());
    }
}
