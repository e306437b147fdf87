package org.scalelab.domain.cost;

import java.util.List;
import org.scalelab.domain.graph.LayerGraph;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * Analytic cost of a network: totals, a row per part (stem, stages, head, classifier) and the layers
 * themselves. MACs are multiply-adds, what the EfficientNet paper calls FLOPs; {@link #flops()} is 2·MACs.
 */
public record NetworkCost(LayerGraph graph, List<StageCost> parts, long params, long bnStats, long macs,
                          long activations, long outputElements) {

    /** One line that says how to read the numbers; printed by the CLI and shown in the UI. */
    public static final String CONVENTION = "MACs = multiply-adds of conv and FC layers (the EfficientNet paper's "
            + "\"FLOPs\"); FLOPs = 2 x MACs; params = trainable (BN gamma/beta included); BN running mean/var counted "
            + "apart; activations = conv/FC output elements per image.";

    public NetworkCost {
        parts = List.copyOf(parts);
    }

    public NetworkSpec spec() {
        return graph.spec();
    }

    /** Multiply and add counted separately: 2 × MACs. */
    public long flops() {
        return 2 * macs;
    }

    /** What a framework that stores BN statistics as parameters reports (DL4J's numParams, Keras' total). */
    public long paramsWithBnStats() {
        return params + bnStats;
    }

    public MemoryEstimate trainingMemory(int batchSize) {
        return MemoryEstimate.training(this, batchSize);
    }
}
