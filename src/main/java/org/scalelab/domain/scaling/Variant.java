package org.scalelab.domain.scaling;

import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * One scaled network: the rule and φ it stands for, the rule's parameter that produced it (φ itself for the
 * compound rule, the matched multiplier or FLOPs factor otherwise), its multipliers, the spec and its cost.
 */
public record Variant(ScalingRule rule, double phi, double parameter, Multipliers multipliers, NetworkSpec spec,
                      NetworkCost cost) {

    /** Real MACs relative to a baseline cost: the FLOPs multiplier after rounding. */
    public double macsRelativeTo(NetworkCost baseline) {
        return cost.macs() / (double) baseline.macs();
    }
}
