package org.scalelab.domain.search;

import java.util.Locale;

/**
 * How candidates are ranked.
 * <ul>
 *   <li>{@link Kind#ACCURACY}: by accuracy alone.</li>
 *   <li>{@link Kind#MNAS}: by the MnasNet reward the EfficientNet paper used for its baseline search,
 *       ACC·(FLOPs/T)^w with w = −0.07: doubling the cost must buy about 5% relative accuracy
 *       (1.05·2^w ≈ 1). FLOPs/T is a ratio, so MACs over a target in MACs gives the same number. A candidate
 *       exactly at the target keeps its accuracy; one that rounds to more MACs pays, one with fewer gains.</li>
 * </ul>
 * The default target T is the baseline's MACs times the constraint's target multiplier (2 by default): the
 * cost every candidate is meant to have at φ = 1, so the objective ranks candidates by accuracy corrected for
 * how far rounding moved their real MACs from the intended budget.
 *
 * @param weight     w, used by {@link Kind#MNAS} only
 * @param targetMacs T in MACs, used by {@link Kind#MNAS} only
 */
public record Objective(Kind kind, double weight, long targetMacs) {
    public static final double MNAS_WEIGHT = -0.07;

    public enum Kind {
        ACCURACY, MNAS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.id().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown ranking '" + text + "'; expected accuracy or mnas");
        }
    }

    public Objective {
        if (kind == null) {
            throw new IllegalArgumentException("ranking kind missing");
        }
        if (kind == Kind.MNAS) {
            if (!Double.isFinite(weight) || weight > 0 || weight < -1) {
                throw new IllegalArgumentException("weight w " + GridAxis.fmt(weight) + " must lie in [-1, 0]");
            }
            if (targetMacs <= 0) {
                throw new IllegalArgumentException("target MACs " + targetMacs + " must be positive");
            }
        }
    }

    public static Objective accuracy() {
        return new Objective(Kind.ACCURACY, 0, 0);
    }

    public static Objective mnas(long targetMacs) {
        return new Objective(Kind.MNAS, MNAS_WEIGHT, targetMacs);
    }

    public static Objective mnas(long targetMacs, double weight) {
        return new Objective(Kind.MNAS, weight, targetMacs);
    }

    /** T = baseline MACs × the constraint's target (the MACs every φ = 1 candidate aims at). */
    public static long defaultTarget(long baselineMacs, double targetMultiplier) {
        return Math.max(1, Math.round(baselineMacs * targetMultiplier));
    }

    /** The score of a network with this accuracy (a fraction) and cost; NaN stays NaN. */
    public double score(double accuracy, long macs) {
        return switch (kind) {
            case ACCURACY -> accuracy;
            case MNAS -> accuracy * Math.pow(macs / (double) targetMacs, weight);
        };
    }

    public String describe() {
        return kind == Kind.ACCURACY ? "accuracy"
                : String.format(Locale.ROOT, "ACC·(MACs/T)^w, w = %s, T = %,d MACs", GridAxis.fmt(weight), targetMacs);
    }
}
