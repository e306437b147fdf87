package org.scalelab.domain.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Element-wise nonlinearities a block may use. Names are the ones the notation and JSON use. */
public enum Activation {
    RELU("relu"),
    RELU6("relu6"),
    /** SiLU, x·sigmoid(x): EfficientNet's activation. */
    SWISH("swish"),
    SIGMOID("sigmoid"),
    IDENTITY("identity");

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a name ("swish", also "silu"), case-insensitive. */
    public static Activation parse(String name, String field) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("silu")) {
            return SWISH;
        }
        for (Activation a : values()) {
            if (a.label.equals(n)) {
                return a;
            }
        }
        throw new SpecException(field, "unknown activation '" + name + "'; expected one of " + names());
    }

    static boolean isName(String token) {
        for (Activation a : values()) {
            if (a.label.equals(token)) {
                return true;
            }
        }
        return token.equals("silu");
    }

    static String names() {
        return Arrays.stream(values()).map(Activation::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
