package org.scalelab.domain.frontier;

import java.util.ArrayList;
import java.util.List;

/**
 * One number for the quality of a set of models on the accuracy/cost plane: the area their Pareto front
 * dominates above a reference point (the largest cost and the lowest accuracy considered), with cost measured in
 * decades (log10), so that doubling the cost counts the same at every scale. More area: more accuracy for less
 * cost. Points at or beyond the reference add nothing. Units: accuracy (0–1) × decades of cost.
 */
public final class Hypervolume {
    private Hypervolume() {
    }

    /**
     * @param referenceCost     the cost at the right edge of the area (at least every cost that should count)
     * @param referenceAccuracy the accuracy at the bottom edge
     */
    public static double of(List<CostPoint> points, double referenceCost, double referenceAccuracy) {
        if (!(referenceCost > 0) || !Double.isFinite(referenceCost) || !Double.isFinite(referenceAccuracy)) {
            throw new IllegalArgumentException("reference (" + referenceCost + ", " + referenceAccuracy
                    + ") must be a positive cost and a finite accuracy");
        }
        List<CostPoint> inside = new ArrayList<>();
        for (CostPoint p : points) {
            if (p.cost() < referenceCost && p.accuracy() > referenceAccuracy) {
                inside.add(p);
            }
        }
        // Cheapest first, accuracy rising: each front point adds the strip between its accuracy and the previous one's,
        // as wide as from its cost to the reference.
        double area = 0;
        double below = referenceAccuracy;
        double right = Math.log10(referenceCost);
        for (CostPoint p : ParetoFrontier.of(inside)) {
            area += (right - Math.log10(p.cost())) * (p.accuracy() - below);
            below = p.accuracy();
        }
        return area;
    }
}
