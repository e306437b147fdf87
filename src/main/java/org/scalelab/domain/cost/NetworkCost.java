package org.scalelab.domain.cost;

import java.util.List;
import org.scalelab.domain.graph.LayerGraph;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * Analytic cost of a network: totals, a row per part (stem, stages, head, classifier) and the layers
 * themselves. MACs are multiply-adds, what the EfficientNet paper calls FLOPs; {@link #flops()} is 2·MACs.
 * The per-part rows are built on first use: searches that only compare totals never pay for their labels.
 */
public final class NetworkCost {

    /** One line that says how to read the numbers; printed by the CLI and shown in the UI. */
    public static final String CONVENTION = "MACs = multiply-adds of conv and FC layers (the EfficientNet paper's "
            + "\"FLOPs\"); FLOPs = 2 x MACs; params = trainable (BN gamma/beta included); BN running mean/var counted "
            + "apart; activations = conv/FC output elements per image.";

    private final LayerGraph graph;
    private final long params;
    private final long bnStats;
    private final long macs;
    private final long activations;
    private final long outputElements;
    private volatile List<StageCost> parts;

    NetworkCost(LayerGraph graph, long params, long bnStats, long macs, long activations, long outputElements) {
        this.graph = graph;
        this.params = params;
        this.bnStats = bnStats;
        this.macs = macs;
        this.activations = activations;
        this.outputElements = outputElements;
    }

    public LayerGraph graph() {
        return graph;
    }

    public NetworkSpec spec() {
        return graph.spec();
    }

    /** Trainable parameters, BN γ and β included. */
    public long params() {
        return params;
    }

    /** BN running means and variances: state, not trainable. */
    public long bnStats() {
        return bnStats;
    }

    /** Multiply-adds of conv and FC layers. */
    public long macs() {
        return macs;
    }

    /** Conv and FC output elements per image (Dollár et al.'s activations). */
    public long activations() {
        return activations;
    }

    /** Every layer's output elements per image: what training keeps for backprop. */
    public long outputElements() {
        return outputElements;
    }

    /** Multiply and add counted separately: 2 × MACs. */
    public long flops() {
        return 2 * macs;
    }

    /** What a framework that stores BN statistics as parameters reports (DL4J's numParams, Keras' total). */
    public long paramsWithBnStats() {
        return params + bnStats;
    }

    /** Stem, each stage, head (when present) and classifier, in order. */
    public List<StageCost> parts() {
        List<StageCost> p = parts;
        if (p == null) {
            p = CostModel.parts(graph);
            parts = p;
        }
        return p;
    }

    public MemoryEstimate trainingMemory(int batchSize) {
        return MemoryEstimate.training(this, batchSize);
    }

    @Override
    public String toString() {
        return spec().name() + " @" + spec().input().resolution() + ": " + params + " params, " + macs + " MACs";
    }
}
