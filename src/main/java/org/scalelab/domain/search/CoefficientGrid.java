package org.scalelab.domain.search;

import java.util.Locale;

/**
 * Where a coefficient search looks: one {@link GridAxis} each for α (depth), β (width) and γ (resolution).
 *
 * <p>{@link #DEFAULT} suits the small 28-px baselines: α from 1 to 2, β and γ from 1 to 1.4, step 0.1 (the
 * paper's own result, 1.2/1.1/1.15, needs step 0.05 for γ). With the constraint α·β²·γ² ≈ 2 no coefficient can
 * usefully exceed these ends (α = 2, or β² or γ² = 2, alone spends the whole budget). The step is a cost choice:
 * on these networks rounding is coarse (resolution in 4-px steps, 1/7 of γ at 28 px; 16- to 64-channel stages in
 * 8-channel steps, 0.125 to 0.5 of β; one- and two-block stages by whole blocks, 0.5 to 1 of α), so step 0.1
 * gives 21 triples but only 11 distinct networks for simple-cnn and 14 for mini-effnet, each trained once. Step
 * 0.05 gives 109 triples and 21 (simple-cnn) or 33 (mini-effnet) networks, mostly neighbours one 8-channel or
 * 4-px step apart, for twice to three times the training. {@code search --dry-run --grid …} shows the count for
 * any grid before anything trains.
 */
public record CoefficientGrid(GridAxis alpha, GridAxis beta, GridAxis gamma) {
    /** Grid points at most (all three axes together); the enumeration stays a fraction of a second. */
    public static final long MAX_POINTS = 1_000_000;

    public static final CoefficientGrid DEFAULT = new CoefficientGrid(new GridAxis(1, 2, 0.1), new GridAxis(1, 1.4, 0.1),
            new GridAxis(1, 1.4, 0.1));

    public CoefficientGrid {
        if (alpha == null || beta == null || gamma == null) {
            throw new IllegalArgumentException("a grid needs α, β and γ axes");
        }
        long points = (long) alpha.size() * beta.size() * gamma.size();
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException(points + " grid points; at most " + MAX_POINTS + " (use a larger step)");
        }
    }

    public long points() {
        return (long) alpha.size() * beta.size() * gamma.size();
    }

    /**
     * {@code a=MIN:MAX:STEP,b=…,g=…} (also {@code alpha=}, {@code beta=}, {@code gamma=}, {@code α=}, {@code β=},
     * {@code γ=}); an axis not named keeps {@link #DEFAULT}'s. Failures name the part that is wrong.
     */
    public static CoefficientGrid parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty grid; expected e.g. a=1:2:0.1,b=1:1.4:0.1,g=1:1.4:0.1");
        }
        GridAxis a = null;
        GridAxis b = null;
        GridAxis g = null;
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not NAME=MIN:MAX:STEP (NAME a, b or g)");
            }
            String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1);
            GridAxis axis;
            try {
                axis = GridAxis.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage());
            }
            switch (name) {
                case "a", "alpha", "α" -> a = once(a, axis, name);
                case "b", "beta", "β" -> b = once(b, axis, name);
                case "g", "gamma", "γ" -> g = once(g, axis, name);
                default -> throw new IllegalArgumentException("unknown coefficient '" + name + "'; expected a, b or g");
            }
        }
        return new CoefficientGrid(a != null ? a : DEFAULT.alpha, b != null ? b : DEFAULT.beta, g != null ? g : DEFAULT.gamma);
    }

    private static GridAxis once(GridAxis previous, GridAxis axis, String name) {
        if (previous != null) {
            throw new IllegalArgumentException(name + " is given twice");
        }
        return axis;
    }

    /** The inverse of {@link #parse}. */
    public String format() {
        return "a=" + alpha.format() + ",b=" + beta.format() + ",g=" + gamma.format();
    }
}
