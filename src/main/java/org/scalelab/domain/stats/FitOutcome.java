package org.scalelab.domain.stats;

/** The result of a scaling-law fit: a curve, or the reason there is none. */
public sealed interface FitOutcome permits AccuracyCurve, FitOutcome.NoFit {

    /** Not enough (or not varied enough) points to fit; {@code reason} says what is missing. */
    record NoFit(String reason, int points) implements FitOutcome {
    }
}
