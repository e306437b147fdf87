package org.scalelab.training.service;

import java.util.List;
import java.util.SplittableRandom;
import org.scalelab.training.data.ImageSet;
import org.scalelab.training.data.LoadedDataset;

/** A small learnable task as 8-bit images: the class is the quadrant of a bright patch. */
final class TinyDataset {
    static final int SIZE = 12;

    private TinyDataset() {
    }

    static LoadedDataset create(String id) {
        return new LoadedDataset(id, images(240, 1), images(80, 2), "tiny quadrant task");
    }

    private static ImageSet images(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] pixels = new byte[count * SIZE * SIZE];
        int[] labels = new int[count];
        for (int n = 0; n < count; n++) {
            labels[n] = n % 4;
            int top = labels[n] / 2 * 6 + 1;
            int left = labels[n] % 2 * 6 + 1;
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    boolean patch = y >= top && y < top + 4 && x >= left && x < left + 4;
                    pixels[n * SIZE * SIZE + y * SIZE + x] = (byte) (rnd.nextInt(80) + (patch ? 170 : 0));
                }
            }
        }
        return new ImageSet(1, SIZE, SIZE, pixels, labels, List.of("tl", "tr", "bl", "br"));
    }
}
