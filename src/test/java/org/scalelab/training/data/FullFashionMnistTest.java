package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs only where the Debian package dataset-fashion-mnist is installed. */
class FullFashionMnistTest {
    private static LoadedDataset full;

    @BeforeAll
    static void load() {
        DatasetLocator locator = new DatasetLocator();
        assumeTrue(locator.hasFullFashionMnist(), "dataset-fashion-mnist is not installed");
        full = locator.load(DatasetLocator.FULL_FASHION_MNIST);
    }

    @Test
    void isFoundAutomaticallyWithAllSixtyThousandAndTenThousandImages() {
        int[] train = new int[10];
        int[] test = new int[10];
        Arrays.fill(train, 6_000);
        Arrays.fill(test, 1_000);

        assertEquals(FashionMnist.FULL_ID, full.id());
        assertArrayEquals(train, full.train().classCounts());
        assertArrayEquals(test, full.test().classCounts());
    }

    @Test
    void theBundleIsTheMakersTrainingSubsetAndTheWholeTestSplit() {
        LoadedDataset bundled = FashionMnist.bundled();

        ImageSet train = BundledSubsetMaker.balancedSubset(full.train(), BundledSubsetMaker.TRAIN_PER_CLASS);
        ImageSet test = full.test();

        assertArrayEquals(train.pixels(), bundled.train().pixels());
        assertArrayEquals(train.labels(), bundled.train().labels());
        assertArrayEquals(test.pixels(), bundled.test().pixels());
        assertArrayEquals(test.labels(), bundled.test().labels());
    }
}
