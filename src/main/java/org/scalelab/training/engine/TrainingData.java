package org.scalelab.training.engine;

/** Train, validation and test images for one variant, at its resolution. The test set only gives the final score. */
public record TrainingData(Samples train, Samples validation, Samples test) {

    public TrainingData {
        if (train.count() == 0 || test.count() == 0) {
            throw new IllegalArgumentException("training and test sets must not be empty");
        }
        if (train.imageLength() != test.imageLength() || train.imageLength() != validation.imageLength()) {
            throw new IllegalArgumentException("train, validation and test images differ in shape");
        }
    }
}
