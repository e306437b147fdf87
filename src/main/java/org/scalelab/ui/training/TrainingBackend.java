package org.scalelab.ui.training;

import java.nio.file.Path;
import java.util.List;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.service.RunListener;

/**
 * What the training panel needs from the experiment service and its store. Every method may block (opening the
 * database, loading the data), so ViewModels call them through a background executor, never on the FX thread.
 * Listeners receive events on the backend's own threads.
 */
public interface TrainingBackend extends AutoCloseable {

    /** Queues a run, or reports it finished (cached) when the store already has it done. Returns the stored record. */
    RunRecord submit(RunRequest request, long params, long macs);

    void cancel(String runId);

    void cancelAll();

    void addListener(RunListener listener);

    /** Every stored run of a dataset that finished successfully. */
    List<RunRecord> doneRuns(String dataset);

    /** A run's per-epoch metrics, oldest first. */
    List<EpochMetrics> epochs(String runId);

    /**
     * The device in words, e.g. {@code CPU, nd4j-native linux-x86_64-avx2 · 2 threads} or {@code GPU, NVIDIA ...};
     * when the GPU could not be used, why.
     */
    String device();

    /** The experiment database in use. */
    Path database();

    @Override
    void close();
}
