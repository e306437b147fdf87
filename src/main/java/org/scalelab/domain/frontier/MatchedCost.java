package org.scalelab.domain.frontier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scalelab.domain.stats.SeedStats;

/**
 * A rule's accuracy at a chosen cost, read off its measured points: between the two points whose costs bracket
 * it, interpolated linearly in log cost, a·(1 − t) + b·t with t the position of log cost between theirs; at a
 * measured cost, that point. Its confidence interval comes from the two means' spreads over seeds
 * ({@link Estimate#combination}). Outside the rule's measured costs there is no reading: extrapolating a scaling
 * curve is exactly what the rules disagree about.
 */
public final class MatchedCost {
    private MatchedCost() {
    }

    /** One variant of a rule: its cost and its accuracy over seeds. */
    public record Point(double cost, SeedStats accuracy) {
        public Point {
            if (!(cost > 0) || !Double.isFinite(cost)) {
                throw new IllegalArgumentException("cost " + cost + " must be a positive number");
            }
        }
    }

    /** The rule's accuracy at {@code cost}, or empty when the cost lies outside its points (or it has none). */
    public static Optional<Estimate> at(List<Point> points, double cost) {
        if (points.isEmpty() || !(cost > 0)) {
            return Optional.empty();
        }
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Point::cost));
        for (int i = 0; i < sorted.size(); i++) {
            Point p = sorted.get(i);
            if (p.cost() == cost) {
                return Optional.of(Estimate.of(p.accuracy()));
            }
            if (i + 1 < sorted.size() && p.cost() < cost && cost < sorted.get(i + 1).cost()) {
                Point q = sorted.get(i + 1);
                double t = (Math.log(cost) - Math.log(p.cost())) / (Math.log(q.cost()) - Math.log(p.cost()));
                double value = (1 - t) * p.accuracy().mean() + t * q.accuracy().mean();
                return Optional.of(Estimate.combination(value, new double[] {1 - t, t}, p.accuracy(), q.accuracy()));
            }
        }
        return Optional.empty();
    }

    /** A rule's gap to compound at the same cost: rule minus compound, with Welch's interval. */
    public static Optional<Estimate> gap(List<Point> rule, List<Point> compound, double cost) {
        Optional<Estimate> r = at(rule, cost);
        Optional<Estimate> c = at(compound, cost);
        return r.isPresent() && c.isPresent() ? Optional.of(Estimate.difference(r.get(), c.get())) : Optional.empty();
    }
}
