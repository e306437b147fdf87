package org.scalelab.training.engine;

import org.scalelab.training.RunResult;

/** How a run ended. */
public sealed interface TrainingOutcome {

    record Done(RunResult result) implements TrainingOutcome {
    }

    /** Diverged, out of memory, or an error in the framework: the reason is for people. */
    record Failed(String reason) implements TrainingOutcome {
    }

    record Cancelled(int epochsDone) implements TrainingOutcome {
    }
}
