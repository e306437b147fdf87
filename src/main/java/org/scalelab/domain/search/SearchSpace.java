package org.scalelab.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.Scaler;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * The candidates of a coefficient search, known before anything trains: every grid point with
 * |α·β²·γ² − target| ≤ tolerance, its φ = 1 compound variant (d, w, r = α, β, γ, rounded by the policy) and that
 * variant's cost.
 *
 * <p>Rounding maps different triples to the same network: on a 28-px baseline with one-block stages every
 * α in (1, 2] gives two blocks per stage, and γ = 1.1, 1.15 and 1.2 all give 32 px. Such triples form one
 * {@link CandidateNetwork} (same scaled spec; all specs derive from one baseline, so equal specs are equal
 * structures), trained once; the triple whose product is closest to the target represents it (ties: the
 * first in enumeration order, α then β then γ ascending).
 */
public record SearchSpace(NetworkSpec baseline, NetworkCost baselineCost, RoundingPolicy policy, CoefficientGrid grid,
                          CoefficientConstraint constraint, List<Candidate> candidates, List<CandidateNetwork> networks) {

    public SearchSpace {
        candidates = List.copyOf(candidates);
        networks = List.copyOf(networks);
    }

    public static SearchSpace enumerate(NetworkSpec baseline, RoundingPolicy policy, CoefficientGrid grid,
                                        CoefficientConstraint constraint) {
        NetworkCost baseCost = CostModel.of(baseline);
        record Point(CompoundCoefficients c, double product, NetworkSpec spec) {
        }
        List<Point> points = new ArrayList<>();
        Map<NetworkSpec, List<Integer>> bySpec = new LinkedHashMap<>();
        for (double a : grid.alpha().values()) {
            for (double b : grid.beta().values()) {
                for (double g : grid.gamma().values()) {
                    double product = CoefficientConstraint.product(a, b, g);
                    if (!constraint.accepts(product)) {
                        continue;
                    }
                    CompoundCoefficients c = new CompoundCoefficients(a, b, g);
                    NetworkSpec spec = Scaler.scale(baseline, c.at(1), policy);
                    bySpec.computeIfAbsent(spec, s -> new ArrayList<>()).add(points.size());
                    points.add(new Point(c, product, spec));
                }
            }
        }
        Candidate[] candidates = new Candidate[points.size()];
        List<CandidateNetwork> networks = new ArrayList<>(bySpec.size());
        for (Map.Entry<NetworkSpec, List<Integer>> e : bySpec.entrySet()) {
            int network = networks.size();
            List<Integer> members = new ArrayList<>(e.getValue());
            // Stable sort: the closest product first, enumeration order among equals.
            members.sort(Comparator.comparingDouble(i -> Math.abs(points.get(i).product() - constraint.target())));
            List<CompoundCoefficients> triples = new ArrayList<>(members.size());
            for (int k = 0; k < members.size(); k++) {
                int i = members.get(k);
                Point p = points.get(i);
                candidates[i] = new Candidate(i, p.c(), p.product(), network, k == 0);
                triples.add(p.c());
            }
            CompoundCoefficients rep = triples.get(0);
            Multipliers m = rep.at(1);
            NetworkCost cost = CostModel.of(e.getKey());
            Variant v = new Variant(ScalingRule.COMPOUND, 1, 1, m, e.getKey(), cost);
            networks.add(new CandidateNetwork(network, v, triples, cost.macs() / (double) baseCost.macs()));
        }
        return new SearchSpace(baseline, baseCost, policy, grid, constraint, List.of(candidates), networks);
    }

    /**
     * Only the networks within the limits (the others are no candidates: maximise accuracy subject to the limits),
     * renumbered in order, with the triples that round to them. The space itself when nothing is over.
     */
    public SearchSpace within(CostLimits limits) {
        if (networks.stream().allMatch(n -> limits.allows(n.cost()))) {
            return this;
        }
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        List<CandidateNetwork> kept = new ArrayList<>();
        for (CandidateNetwork n : networks) {
            if (limits.allows(n.cost())) {
                renumbered.put(n.index(), kept.size());
                kept.add(new CandidateNetwork(kept.size(), n.variant(), n.coefficients(), n.macsMultiplier()));
            }
        }
        List<Candidate> keptCandidates = new ArrayList<>();
        for (Candidate c : candidates) {
            Integer network = renumbered.get(c.network());
            if (network != null) {
                keptCandidates.add(new Candidate(keptCandidates.size(), c.coefficients(), c.product(), network,
                        c.representative()));
            }
        }
        return new SearchSpace(baseline, baselineCost, policy, grid, constraint, keptCandidates, kept);
    }

    /** Grid points before the constraint. */
    public long gridPoints() {
        return grid.points();
    }

    /** Triples that round to a network another triple already stands for. */
    public int duplicates() {
        return candidates.size() - networks.size();
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    public CandidateNetwork network(int index) {
        return networks.get(index);
    }
}
