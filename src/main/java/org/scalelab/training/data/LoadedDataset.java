package org.scalelab.training.data;

import java.util.Arrays;
import org.scalelab.domain.scaling.NativeResolution;

/**
 * A dataset ready to split and preprocess.
 *
 * @param id          stable and unique for the data it stands for, so it can go into a run's identity, e.g.
 *                    {@code fashion-mnist-bundled} or {@code cifar10:/data/cifar-10-batches-bin}; it is also a
 *                    value {@link DatasetLocator#load(String)} accepts
 * @param train       the training images (split off validation images from these)
 * @param test        the held-out test images, never used for fitting or model selection
 * @param description one line for people, e.g. {@code Fashion-MNIST (bundled …): 12000 train, 10000 test, …}
 * @param nativeResolution the pixels of real information per side: the stored size for fixed-size formats, the
 *                    originals' smallest and median shorter side (capped at the stored size) for image folders
 */
public record LoadedDataset(String id, ImageSet train, ImageSet test, String description,
                            NativeResolution nativeResolution) {

    public LoadedDataset {
        if (id == null || id.isBlank() || train == null || test == null || description == null
                || nativeResolution == null) {
            throw new IllegalArgumentException("a dataset needs an id, train and test images, a description and a"
                    + " native resolution");
        }
        if (!train.sameFormatAs(test)) {
            throw new IllegalArgumentException("train and test images differ in shape or classes: " + train + " vs " + test);
        }
        refuseUntrainable(id, train, test);
    }

    /**
     * What no run could learn from, said before any run is stored: no training or test images, or training images of
     * fewer than two classes.
     */
    private static void refuseUntrainable(String id, ImageSet train, ImageSet test) {
        if (train.size() == 0) {
            throw new DatasetException(id, "has no training images");
        }
        if (test.size() == 0) {
            throw new DatasetException(id, "has no test images (" + train.size() + " images are too few to set some apart)");
        }
        long taught = Arrays.stream(train.classCounts()).filter(n -> n > 0).count();
        if (taught < 2) {
            throw new DatasetException(id, "all " + train.size() + " training images are of one class ("
                    + train.classNames().get(train.label(0)) + "); a classifier needs at least two classes");
        }
    }

    /** Images stored at their own size (IDX, CIFAR): the native resolution is that size. */
    public LoadedDataset(String id, ImageSet train, ImageSet test, String description) {
        this(id, train, test, description, NativeResolution.fixed(train.height(), train.width()));
    }

    /** The common description tail: counts, shape and classes. */
    static String summary(ImageSet train, ImageSet test) {
        return train.size() + " train, " + test.size() + " test, " + train.channels() + "×" + train.height() + "×"
                + train.width() + ", " + train.classCount() + " classes";
    }
}
