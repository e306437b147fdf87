package org.scalelab.training;

/** Optimizers a recipe may use. */
public enum Optimizer {
    ADAM,
    /** SGD with Nesterov momentum 0.9. */
    SGD,
    /** RMSProp as in the EfficientNet paper (decay 0.9). */
    RMSPROP
}
