package org.scalelab.domain.spec;

/** Global average pool → dropout → fully connected layer to the classes. */
public record ClassifierSpec(double dropout) {
    public ClassifierSpec {
        Limits.fraction(dropout, "dropout", false);
    }
}
