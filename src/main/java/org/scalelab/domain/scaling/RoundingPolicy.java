package org.scalelab.domain.scaling;

/**
 * How continuous multipliers become a buildable network. The official EfficientNet rules are
 * {@link #EFFICIENTNET}; the others are named variants from the literature.
 *
 * @param divisor          channels are rounded to a multiple of this (8 in every reference)
 * @param roundLimit       rounding may not shrink channels below this fraction of c·w; if it would, one more
 *                         divisor is added (0.9 officially: "round down does not go down by more than 10%").
 *                         0 disables the guard
 * @param depth            ceil or round for repeats
 * @param fixStemAndHead   EfficientNet-lite's {@code fix_head_stem}: stem and head channels and the repeats of
 *                         the first and last stage stay as they are
 * @param resolutionStep   input resolution is rounded to a multiple of this (pycls uses 4)
 */
public record RoundingPolicy(String name, int divisor, double roundLimit, DepthRounding depth,
                             boolean fixStemAndHead, int resolutionStep) {

    /** tensorflow/tpu {@code round_filters}/{@code round_repeats}; torchvision and timm agree. */
    public static final RoundingPolicy EFFICIENTNET = new RoundingPolicy("efficientnet", 8, 0.9, DepthRounding.CEIL, false, 4);
    /** EfficientNet-lite: the same, but stem, head and the first and last stage's depth are not scaled. */
    public static final RoundingPolicy EFFICIENTNET_LITE = new RoundingPolicy("efficientnet-lite", 8, 0.9, DepthRounding.CEIL, true, 4);
    /** pycls {@code scaler.py}: round depths, widths to multiples of 8, resolution to multiples of 4. */
    public static final RoundingPolicy PYCLS = new RoundingPolicy("pycls", 8, 0.0, DepthRounding.ROUND, false, 4);

    /** Products like 1.1 × 10 = 11.000000000000002 must not ceil to 12. */
    private static final double EPSILON = 1e-9;

    public RoundingPolicy {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("rounding policy needs a name");
        }
        if (divisor < 1) {
            throw new IllegalArgumentException("divisor " + divisor + " must be at least 1");
        }
        if (!(roundLimit >= 0 && roundLimit < 1)) {
            throw new IllegalArgumentException("roundLimit " + roundLimit + " must lie in [0, 1)");
        }
        if (depth == null) {
            throw new IllegalArgumentException("depth rounding missing");
        }
        if (resolutionStep < 1) {
            throw new IllegalArgumentException("resolutionStep " + resolutionStep + " must be at least 1");
        }
    }

    public static java.util.List<RoundingPolicy> all() {
        return java.util.List.of(EFFICIENTNET, EFFICIENTNET_LITE, PYCLS);
    }

    public static RoundingPolicy named(String name) {
        return all().stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown rounding policy '" + name + "'; expected one of "
                        + all().stream().map(RoundingPolicy::name).toList()));
    }

    /**
     * {@code round_filters}: c·w to the nearest multiple of the divisor, never below the divisor, and bumped up
     * one step if that lost more than the round limit. w = 1 returns c unchanged, so the baseline is its own
     * variant even when its widths are not multiples of 8.
     */
    public int channels(int c, double w) {
        if (w == 1.0) {
            return c;
        }
        double x = c * w;
        int rounded = Math.max(divisor, (int) ((x + divisor / 2.0) / divisor) * divisor);
        if (rounded < roundLimit * x) {
            rounded += divisor;
        }
        return rounded;
    }

    /** {@code round_repeats}: ceil(d·R) or max(1, round(d·R)). */
    public int repeats(int r, double d) {
        if (d == 1.0) {
            return r;
        }
        double x = d * r;
        return switch (depth) {
            case CEIL -> Math.max(1, (int) Math.ceil(x - EPSILON));
            case ROUND -> Math.max(1, (int) Math.round(x));
        };
    }

    /** res·r to the nearest multiple of the resolution step, at least one step. */
    public int resolution(int res, double r) {
        if (r == 1.0) {
            return res;
        }
        long rounded = Math.round(res * r / resolutionStep) * resolutionStep;
        return (int) Math.max(resolutionStep, rounded);
    }
}
