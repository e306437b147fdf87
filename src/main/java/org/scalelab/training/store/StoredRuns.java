package org.scalelab.training.store;

import java.util.List;
import java.util.Optional;
import org.scalelab.training.RunRecord;

/** Reading stored runs: from the database itself, or through a training port while it trains. */
public interface StoredRuns {
    /** A stored run with its per-epoch metrics, oldest first. */
    Optional<RunRecord> find(String runId);

    /** The stored runs a filter selects. */
    List<RunRecord> runs(RunFilter filter);
}
