package org.scalelab.domain.spec;

/** Bounds that keep specs meaningful and costs inside {@code long}; shared by every record's validation. */
final class Limits {
    static final int MAX_CHANNELS = 1 << 16;
    static final int MAX_RESOLUTION = 8192;
    static final int MAX_KERNEL = 15;
    static final int MAX_STRIDE = 4;
    static final int MAX_REPEATS = 1024;
    static final int MAX_CLASSES = 100_000;

    private Limits() {
    }

    static void channels(int value, String field) {
        SpecException.check(value >= 1, field, value + " must be at least 1");
        SpecException.check(value <= MAX_CHANNELS, field, value + " exceeds the limit of " + MAX_CHANNELS);
    }

    static void kernel(int value, String field) {
        SpecException.check(value >= 1, field, value + " must be at least 1");
        SpecException.check(value % 2 == 1, field, value + " is even; kernels must be odd (1, 3, 5, 7, ...)");
        SpecException.check(value <= MAX_KERNEL, field, value + " exceeds the limit of " + MAX_KERNEL);
    }

    static void stride(int value, String field) {
        SpecException.check(value >= 1, field, value + " must be at least 1");
        SpecException.check(value <= MAX_STRIDE, field, value + " exceeds the limit of " + MAX_STRIDE);
    }

    static void fraction(double value, String field, boolean allowOne) {
        SpecException.check(Double.isFinite(value) && value >= 0 && (allowOne ? value <= 1 : value < 1), field,
                value + " must lie in [0, 1" + (allowOne ? "]" : ")"));
    }

    static Activation activation(Activation value, String field) {
        SpecException.check(value != null, field, "missing");
        return value;
    }
}
