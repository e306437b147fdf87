package org.scalelab.domain.frontier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The accuracy/cost Pareto frontier: the models no other model beats on both counts (at most the cost and
 * strictly more accurate, or strictly cheaper and at least as accurate).
 */
public final class ParetoFrontier {
    private ParetoFrontier() {
    }

    /** The non-dominated points, cheapest first; accuracy rises strictly along the result. */
    public static List<CostPoint> of(List<CostPoint> points) {
        List<CostPoint> sorted = new ArrayList<>(points);
        // Cheapest first; among equal costs the most accurate first, so the others are dominated by it.
        sorted.sort(Comparator.comparingDouble(CostPoint::cost).thenComparing(Comparator.comparingDouble(CostPoint::accuracy).reversed()));
        List<CostPoint> frontier = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (CostPoint p : sorted) {
            if (p.accuracy() > best) {
                frontier.add(p);
                best = p.accuracy();
            }
        }
        return frontier;
    }

    /**
     * The frontier drawn as a staircase: from each point horizontally to the next point's cost, then up to its
     * accuracy; read as "the best accuracy reachable for at most this cost". Returns (cost, accuracy) pairs.
     */
    public static List<double[]> staircase(List<CostPoint> frontier) {
        List<double[]> steps = new ArrayList<>();
        for (int i = 0; i < frontier.size(); i++) {
            CostPoint p = frontier.get(i);
            if (i > 0) {
                steps.add(new double[] {p.cost(), frontier.get(i - 1).accuracy()});
            }
            steps.add(new double[] {p.cost(), p.accuracy()});
        }
        return steps;
    }

    /** Whether {@code p} lies on the frontier of {@code points}. */
    public static boolean onFrontier(CostPoint p, List<CostPoint> points) {
        for (CostPoint q : points) {
            boolean noWorse = q.cost() <= p.cost() && q.accuracy() >= p.accuracy();
            boolean better = q.cost() < p.cost() || q.accuracy() > p.accuracy();
            if (noWorse && better) {
                return false;
            }
        }
        return true;
    }
}
