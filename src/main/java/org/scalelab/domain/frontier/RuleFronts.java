package org.scalelab.domain.frontier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalelab.domain.scaling.ScalingRule;

/**
 * The rules side by side on the accuracy/cost plane, each from its measured points (cost and accuracy over
 * seeds): every rule's accuracy at one chosen cost with its gap to compound ({@link MatchedCost}), and every
 * rule's hypervolume against one shared reference, so that the numbers compare across rules.
 */
public final class RuleFronts {
    private RuleFronts() {
    }

    /**
     * One rule at the chosen cost: its interpolated accuracy and its gap to compound (rule minus compound), each
     * empty where the cost lies outside the points it needs.
     */
    public record Reading(ScalingRule rule, Optional<Estimate> accuracy, Optional<Estimate> gapToCompound) {
    }

    public static List<Reading> at(Map<ScalingRule, List<MatchedCost.Point>> points, double cost) {
        List<MatchedCost.Point> compound = points.getOrDefault(ScalingRule.COMPOUND, List.of());
        List<Reading> out = new ArrayList<>();
        for (Map.Entry<ScalingRule, List<MatchedCost.Point>> e : points.entrySet()) {
            Optional<Estimate> gap = e.getKey() == ScalingRule.COMPOUND ? Optional.empty()
                    : MatchedCost.gap(e.getValue(), compound, cost);
            out.add(new Reading(e.getKey(), MatchedCost.at(e.getValue(), cost), gap));
        }
        return out;
    }

    /**
     * Each rule's hypervolume over the means of its points, all against one reference: twice the largest cost
     * of any rule (one doubling beyond, so the costliest points count too) and the lowest mean accuracy of any
     * rule. Rules without points are left out.
     */
    public static Map<ScalingRule, Double> hypervolumes(Map<ScalingRule, List<MatchedCost.Point>> points) {
        double maxCost = 0;
        double minAccuracy = 1;
        for (List<MatchedCost.Point> rule : points.values()) {
            for (MatchedCost.Point p : rule) {
                maxCost = Math.max(maxCost, p.cost());
                minAccuracy = Math.min(minAccuracy, p.accuracy().mean());
            }
        }
        Map<ScalingRule, Double> out = new EnumMap<>(ScalingRule.class);
        for (Map.Entry<ScalingRule, List<MatchedCost.Point>> e : points.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<CostPoint> means = e.getValue().stream()
                    .map(p -> new CostPoint(e.getKey().id(), p.cost(), p.accuracy().mean())).toList();
            out.put(e.getKey(), Hypervolume.of(means, 2 * maxCost, minAccuracy));
        }
        return out;
    }
}
