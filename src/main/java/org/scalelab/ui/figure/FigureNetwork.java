package org.scalelab.ui.figure;

import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * One column of the scaling figure: a network, the rule it stands for (null for the baseline) and its numbers.
 *
 * @param macsRatio the network's MACs over the baseline's
 * @param upsampled whether its input is larger than the data's native resolution (the caption says so)
 */
public record FigureNetwork(ScalingRule rule, NetworkSpec spec, Multipliers multipliers, long params, long macs,
                            double macsRatio, boolean upsampled) {

    /** A network whose input the data covers (or whose data is not known). */
    public FigureNetwork(ScalingRule rule, NetworkSpec spec, Multipliers multipliers, long params, long macs,
                         double macsRatio) {
        this(rule, spec, multipliers, params, macs, macsRatio, false);
    }

    /** Which dimension a column grows: what its labels emphasise. */
    public enum Grows { NOTHING, WIDTH, DEPTH, RESOLUTION, ALL }

    public Grows grows() {
        if (rule == null) {
            return Grows.NOTHING;
        }
        return switch (rule) {
            case WIDTH -> Grows.WIDTH;
            case DEPTH -> Grows.DEPTH;
            case RESOLUTION -> Grows.RESOLUTION;
            default -> Grows.ALL;
        };
    }
}
