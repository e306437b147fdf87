package org.scalelab.training.search;

import java.util.List;
import java.util.SplittableRandom;
import org.scalelab.training.data.ImageSet;
import org.scalelab.training.data.LoadedDataset;

/** A quick task for search tests: 12-px grey images whose bright half (left, right, top, bottom) is the class. */
final class SearchData {
    static final int SIZE = 12;

    private SearchData() {
    }

    static LoadedDataset create(String id) {
        return new LoadedDataset(id, images(200, 11), images(80, 12), "bright-half task");
    }

    private static ImageSet images(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] pixels = new byte[count * SIZE * SIZE];
        int[] labels = new int[count];
        for (int n = 0; n < count; n++) {
            int label = n % 4;
            labels[n] = label;
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    boolean bright = switch (label) {
                        case 0 -> x < SIZE / 2;
                        case 1 -> x >= SIZE / 2;
                        case 2 -> y < SIZE / 2;
                        default -> y >= SIZE / 2;
                    };
                    pixels[n * SIZE * SIZE + y * SIZE + x] = (byte) (rnd.nextInt(90) + (bright ? 140 : 0));
                }
            }
        }
        return new ImageSet(1, SIZE, SIZE, pixels, labels, List.of("left", "right", "top", "bottom"));
    }
}
