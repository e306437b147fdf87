package org.scalelab.domain.spec;

import java.util.Locale;

/** How the classifier turns the last feature map into a vector. */
public enum Pooling {
    /** Global average pooling: EfficientNet, ResNet; the classifier's size does not depend on the resolution. */
    AVG("avg"),
    /** Flatten C×H×W: LeNet-style small CNNs; keeps where things are, and the classifier grows with resolution². */
    FLATTEN("flatten");

    private final String label;

    Pooling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Pooling parse(String name, String field) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Pooling p : values()) {
            if (p.label.equals(n)) {
                return p;
            }
        }
        throw new SpecException(field, "unknown pooling '" + name + "'; expected avg or flatten");
    }

    @Override
    public String toString() {
        return label;
    }
}
