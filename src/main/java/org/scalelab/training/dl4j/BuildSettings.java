package org.scalelab.training.dl4j;

import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * How to build a DL4J network from a spec, beyond the spec itself.
 *
 * @param seed          weight initialisation seed, so that two builds of one spec start equal
 * @param updater       the optimiser, applied to every layer
 * @param weightDecay   DL4J's decoupled weight decay (w -= lr · decay · w after each update) on conv and dense
 *                      weights, not on biases or BN; 0 means none
 * @param workspaceMode DL4J's memory workspaces for training and inference; NONE only for debugging, it is
 *                      about 2.5× slower on MBConv networks
 */
public record BuildSettings(long seed, IUpdater updater, double weightDecay, WorkspaceMode workspaceMode) {

    public BuildSettings {
        if (updater == null || workspaceMode == null) {
            throw new IllegalArgumentException("updater and workspace mode are required");
        }
        if (!Double.isFinite(weightDecay) || weightDecay < 0) {
            throw new IllegalArgumentException("weight decay " + weightDecay + " must be 0 or more");
        }
    }

    /** Adam at 1e-3, no weight decay, workspaces on. */
    public static BuildSettings defaults() {
        return new BuildSettings(42L, new Adam(1e-3), 0, WorkspaceMode.ENABLED);
    }
}
