package org.scalelab.domain.search;

/**
 * One rung of successive halving.
 *
 * @param index      0 for the first (shortest) rung
 * @param candidates networks trained in this rung
 * @param epochs     epochs each of them trains (from scratch: each rung is its own run)
 * @param promoted   how many of them go on to the next rung; 0 in the last rung
 */
public record Rung(int index, int candidates, int epochs, int promoted) {

    public boolean last() {
        return promoted == 0;
    }

    /** Epochs this rung trains in all. */
    public long epochCost() {
        return (long) candidates * epochs;
    }
}
