package org.scalelab.domain.scaling;

import java.util.ArrayList;
import java.util.List;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageSpec;

/**
 * Scaling as a pure function: a spec and multipliers in, a new spec out. Every stage's output channels go
 * through {@link RoundingPolicy#channels}, its repeats through {@link RoundingPolicy#repeats}, the input
 * resolution through {@link RoundingPolicy#resolution}; stem and head widths scale too unless the policy fixes
 * them. Input channels of a stage follow from the previous stage, so they are rounded the same way, as in the
 * official code. Kernels, strides, expansion and SE ratios never change.
 */
public final class Scaler {
    private Scaler() {
    }

    public static NetworkSpec scale(NetworkSpec base, Multipliers m, RoundingPolicy policy) {
        if (m.equals(Multipliers.IDENTITY)) {
            return base;
        }
        boolean fix = policy.fixStemAndHead();
        List<StageSpec> stages = new ArrayList<>(base.stages().size());
        int last = base.stages().size() - 1;
        for (int i = 0; i <= last; i++) {
            StageSpec s = base.stages().get(i);
            int repeats = fix && (i == 0 || i == last) ? s.repeats() : policy.repeats(s.repeats(), m.depth());
            stages.add(new StageSpec(s.type(), repeats, s.kernel(), s.stride(), s.expandRatio(),
                    policy.channels(s.outChannels(), m.width()), s.seRatio(), s.activation()));
        }
        var stem = fix ? base.stem() : base.stem().withChannels(policy.channels(base.stem().channels(), m.width()));
        var head = fix || !base.head().present() ? base.head()
                : base.head().withChannels(policy.channels(base.head().channels(), m.width()));
        long minResolution = base.totalStride(); // strides never change
        int resolution = (int) Math.max(minResolution, policy.resolution(base.input().resolution(), m.resolution()));
        return new NetworkSpec(base.name(), base.description(), base.input().withResolution(resolution), stem, stages,
                head, base.classifier());
    }
}
