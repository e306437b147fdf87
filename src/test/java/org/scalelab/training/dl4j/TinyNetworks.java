package org.scalelab.training.dl4j;

import java.util.List;
import org.scalelab.domain.graph.LayerGraph;
import org.scalelab.domain.graph.Scale;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageNotation;
import org.scalelab.domain.spec.StemSpec;

/** Small specs for the vertex and builder tests. */
final class TinyNetworks {
    private TinyNetworks() {
    }

    /**
     * Small enough for finite differences, with SE in an MBConv (with its skip) and in a Fused-MBConv. Smooth
     * activations only (swish, sigmoid): ReLU kinks make finite differences unreliable.
     */
    static NetworkSpec squeezeExcite() {
        return new NetworkSpec("tiny-se", "", new InputSpec(1, 4, 3),
                new StemSpec(3, 1, 2, Activation.SWISH, false),
                List.of(StageNotation.parse("ir_r1_k3_s1_e2_c2_se0.5_swish"),
                        StageNotation.parse("er_r1_k3_s2_e2_c2_se0.5_sigmoid")),
                HeadSpec.NONE, new ClassifierSpec(0));
    }

    /**
     * Every layer kind: a max-pooled stem, MBConv with SE and its skip (Scale, Add), a bottleneck with a
     * projection shortcut (Add, Act), a head, and classifier dropout.
     */
    static NetworkSpec mixed(double dropout) {
        return new NetworkSpec("tiny-mixed", "", new InputSpec(3, 16, 5),
                new StemSpec(3, 1, 8, Activation.RELU, true),
                List.of(StageNotation.parse("ir_r2_k3_s1_e3_c8_se0.25_swish"),
                        StageNotation.parse("bt_r1_k3_s2_e0.5_c16_relu6")),
                new HeadSpec(24, Activation.SWISH), new ClassifierSpec(dropout));
    }

    static List<Scale> scales(NetworkSpec spec) {
        return LayerGraph.of(spec).layers().stream().filter(Scale.class::isInstance).map(Scale.class::cast).toList();
    }
}
