package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledFashionMnistTest {
    private static LoadedDataset bundled;

    @BeforeAll
    static void load() {
        bundled = new DatasetLocator().load(DatasetLocator.BUNDLED);
    }

    @Test
    void hasTwelveThousandTrainingImagesAndTheWholeTestSplit() {
        assertEquals(FashionMnist.BUNDLED_ID, bundled.id());
        assertEquals(12_000, bundled.train().size());
        assertEquals(10_000, bundled.test().size());
    }

    @Test
    void everyClassHasItsShare() {
        int[] train = new int[10];
        int[] test = new int[10];
        Arrays.fill(train, 1_200);
        Arrays.fill(test, 1_000);
        assertArrayEquals(train, bundled.train().classCounts());
        assertArrayEquals(test, bundled.test().classCounts());
    }

    @Test
    void imagesAreGreyTwentyEightPixelsSquareWithFashionMnistClasses() {
        assertEquals(1, bundled.train().channels());
        assertEquals(28, bundled.train().height());
        assertEquals(28, bundled.train().width());
        assertEquals(FashionMnist.CLASS_NAMES, bundled.train().classNames());
        assertEquals("Fashion-MNIST, bundled (stratified training subset, full test split): 12000 train, 10000 test, 1×28×28, 10 classes",
                bundled.description());
    }

    @Test
    void theEarlierBundlesIdReadsAsThisOne() {
        assertEquals(FashionMnist.BUNDLED_ID, new DatasetLocator().load(FashionMnist.LEGACY_BUNDLED_ID).id());
        assertEquals(FashionMnist.BUNDLED_ID, FashionMnist.currentId(FashionMnist.LEGACY_BUNDLED_ID));
        assertEquals("fashion-mnist-full", FashionMnist.currentId("fashion-mnist-full"));
    }

    @Test
    void imagesAreNotBlank() {
        double mean = 0;
        for (byte b : bundled.test().pixels()) {
            mean += b & 0xFF;
        }
        mean /= bundled.test().size() * 784.0;
        assertEquals(72.9, mean, 3.0); // Fashion-MNIST's mean pixel is about 0.286 · 255
    }
}
