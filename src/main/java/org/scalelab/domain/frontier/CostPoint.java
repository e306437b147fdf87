package org.scalelab.domain.frontier;

/**
 * One model on an accuracy/cost plane: a cost (MACs or params, positive) and an accuracy in [0, 1].
 *
 * @param id any label the caller needs back (a run id, a variant name)
 */
public record CostPoint(String id, double cost, double accuracy) {
    public CostPoint {
        if (!(cost > 0) || !Double.isFinite(cost)) {
            throw new IllegalArgumentException(id + ": cost " + cost + " must be a positive number");
        }
        if (!(accuracy >= 0 && accuracy <= 1)) {
            throw new IllegalArgumentException(id + ": accuracy " + accuracy + " must lie in [0, 1]");
        }
    }
}
