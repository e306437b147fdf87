package org.scalelab.domain.spec;

/** Pooling (global average or flatten) → dropout → fully connected layer to the classes. */
public record ClassifierSpec(double dropout, Pooling pooling) {
    public ClassifierSpec {
        Limits.fraction(dropout, "dropout", false);
        SpecException.check(pooling != null, "pooling", "missing");
    }

    /** Global average pooling, as EfficientNet and ResNet. */
    public ClassifierSpec(double dropout) {
        this(dropout, Pooling.AVG);
    }

    public ClassifierSpec withDropout(double newDropout) {
        return new ClassifierSpec(newDropout, pooling);
    }
}
