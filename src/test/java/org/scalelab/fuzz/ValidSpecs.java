package org.scalelab.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.BlockType;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.Pooling;
import org.scalelab.domain.spec.StageSpec;
import org.scalelab.domain.spec.StemSpec;

/** Random valid specs within the limits, for the round-trip properties. */
final class ValidSpecs {
    private ValidSpecs() {
    }

    static NetworkSpec random(Mutator m) {
        List<StageSpec> stages = new ArrayList<>();
        for (int n = 1 + m.below(5); n > 0; n--) {
            stages.add(stage(m));
        }
        Activation act = m.pick(List.of(Activation.values()));
        HeadSpec head = m.chance(0.5) ? HeadSpec.NONE : new HeadSpec(8 * (1 + m.below(64)), act);
        return new NetworkSpec("random-" + m.below(1000), m.chance(0.3) ? "ünïcode ☃ \"quoted\"" : "",
                new InputSpec(m.pick(List.of(1, 3)), 128 + 4 * m.below(20), 2 + m.below(100)), // the largest stride product fits
                new StemSpec(m.pick(List.of(1, 3, 5)), 1 + m.below(2), 8 * (1 + m.below(8)), act, m.chance(0.2)),
                stages, head, new ClassifierSpec(m.pick(List.of(0.0, 0.2, 0.5)), m.pick(List.of(Pooling.values()))));
    }

    static StageSpec stage(Mutator m) {
        BlockType type = m.pick(List.of(BlockType.values()));
        double expand = switch (type) {
            case MBCONV, FUSED_MBCONV -> m.pick(List.of(1.0, 4.0, 6.0, 2.5));
            case RESNET_BOTTLENECK -> m.pick(List.of(0.25, 0.5, 1.0));
            default -> 1;
        };
        double se = type.allowsSqueezeExcite() && m.chance(0.5) ? m.pick(List.of(0.25, 0.125, 1.0)) : 0;
        return new StageSpec(type, 1 + m.below(4), m.pick(List.of(1, 3, 5, 7)), 1 + m.below(2), expand,
                8 * (1 + m.below(16)), se, m.pick(List.of(Activation.values())));
    }
}
