package org.scalelab.training;

/** How the learning rate moves over training. */
public enum LearningRateSchedule {
    CONSTANT,
    /** Cosine decay from the base rate to zero over all epochs. */
    COSINE,
    /** The paper's step decay: × 0.97 every 2.4 epochs. */
    EXPONENTIAL
}
