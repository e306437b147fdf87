package org.scalelab.domain.search;

import java.util.List;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * A distinct network among the φ = 1 variants of a search: what is actually trained. Several coefficient
 * triples may round to it.
 *
 * @param index          position in {@link SearchSpace#networks()}
 * @param variant        the φ = 1 compound variant under the representative triple: spec, multipliers, cost
 * @param coefficients   every triple that rounds to this network, the representative first
 * @param macsMultiplier real MACs over the baseline's: the FLOPs growth after rounding (the ideal one is the
 *                       representative's α·β²·γ²)
 */
public record CandidateNetwork(int index, Variant variant, List<CompoundCoefficients> coefficients,
                               double macsMultiplier) {

    public CandidateNetwork {
        coefficients = List.copyOf(coefficients);
        if (coefficients.isEmpty()) {
            throw new IllegalArgumentException("a candidate network needs at least one coefficient triple");
        }
    }

    /** The triple that stands for the network: its product is closest to the target. */
    public CompoundCoefficients representative() {
        return coefficients.get(0);
    }

    public NetworkSpec spec() {
        return variant.spec();
    }

    public NetworkCost cost() {
        return variant.cost();
    }

    public long macs() {
        return variant.cost().macs();
    }

    public long params() {
        return variant.cost().params();
    }

    /** Triples beyond the representative that give this same network. */
    public int duplicates() {
        return coefficients.size() - 1;
    }
}
