package org.scalelab.domain.study;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalelab.domain.frontier.Estimate;
import org.scalelab.domain.frontier.MatchedCost;
import org.scalelab.domain.frontier.RuleFronts;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.stats.SeedStats;

/**
 * A study's measurements: every network's test accuracy per seed, and what follows from them: each point's
 * mean ± sd (n), Table 3's matched-cost differences with Welch's 95% intervals, and each rule's hypervolume.
 *
 * @param accuracies test accuracies (0–1) of the finished runs of each network, one per seed
 */
public record StudyOutcome(StudyPlan plan, Map<NetworkSpec, List<Double>> accuracies) {
    /** The single-dimension rules compound is compared with. */
    public static final List<ScalingRule> SINGLE = List.of(ScalingRule.WIDTH, ScalingRule.DEPTH, ScalingRule.RESOLUTION);

    public StudyOutcome {
        accuracies = Map.copyOf(accuracies);
    }

    /** The point's accuracy over its finished seeds; empty when none finished. */
    public Optional<SeedStats> stats(StudyPoint p) {
        List<Double> values = accuracies.getOrDefault(p.variant().spec(), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(SeedStats.of(values));
    }

    /** Compound against one single-dimension rule at one φ of Table 3. */
    public record Comparison(double phi, ScalingRule rule, StudyPoint compound, StudyPoint other, SeedStats compoundStats,
                             SeedStats otherStats, Estimate gap) {
        /** The other rule's MACs over compound's: how closely rounding matched them. */
        public double macsRatio() {
            return other.variant().cost().macs() / (double) compound.variant().cost().macs();
        }
    }

    /** For each φ above 0 of Table 3 and each single rule: compound minus that rule, both with finished runs. */
    public List<Comparison> comparisons() {
        List<Comparison> out = new ArrayList<>();
        List<StudyPoint> table = plan.points(StudyPart.TABLE3);
        for (StudyPoint c : table) {
            if (!c.series().equals(ScalingRule.COMPOUND.id()) || c.parameter() == 0) {
                continue;
            }
            for (ScalingRule rule : SINGLE) {
                table.stream().filter(p -> p.series().equals(rule.id()) && p.parameter() == c.parameter()).findFirst()
                        .ifPresent(o -> {
                            Optional<SeedStats> cs = stats(c);
                            Optional<SeedStats> os = stats(o);
                            if (cs.isPresent() && os.isPresent()) {
                                out.add(new Comparison(c.parameter(), rule, c, o, cs.get(), os.get(),
                                        Estimate.difference(cs.get(), os.get())));
                            }
                        });
            }
        }
        return out;
    }

    /** Each rule's hypervolume over its trained Table 3 points ({@link RuleFronts#hypervolumes}). */
    public Map<ScalingRule, Double> hypervolumes() {
        return RuleFronts.hypervolumes(table3Points());
    }

    /** Table 3's trained points per rule: MACs and accuracy over seeds. */
    public Map<ScalingRule, List<MatchedCost.Point>> table3Points() {
        Map<ScalingRule, List<MatchedCost.Point>> byRule = new EnumMap<>(ScalingRule.class);
        for (StudyPoint p : plan.points(StudyPart.TABLE3)) {
            stats(p).ifPresent(s -> byRule.computeIfAbsent(ScalingRule.parse(p.series()), r -> new ArrayList<>())
                    .add(new MatchedCost.Point(p.variant().cost().macs(), s)));
        }
        return byRule;
    }

    /** Runs finished, over all networks and seeds. */
    public int finishedRuns() {
        return accuracies.values().stream().mapToInt(List::size).sum();
    }
}
