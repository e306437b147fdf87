package org.scalelab.training.store;

import static org.scalelab.training.store.Requests.checkpointAfter;
import static org.scalelab.training.store.Requests.epoch;

import java.nio.file.Path;

/**
 * The child JVM of {@link CrashConsistencyTest}: records epochs of a RUNNING run as fast as it can and prints
 * "committed N" after each recordEpoch has returned, until it is killed. It stops by itself once nobody reads
 * its output any more, so a dying parent leaves no runaway process behind.
 */
public final class EpochWritingProcess {
    static final String COMMITTED = "committed ";

    private EpochWritingProcess() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String runId = args[1];
        try (ExperimentStore store = ExperimentStore.open(db)) {
            for (int e = 1; !System.out.checkError(); e++) {
                store.recordEpoch(runId, epoch(e), checkpointAfter(e));
                System.out.println(COMMITTED + e);
                System.out.flush();
            }
        }
    }
}
