package org.scalelab.training.cluster;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Trains batches of runs somewhere else than this process, each run whole in one task: the experiment service hands it
 * every queued run at once (a sweep, a halving rung) and stores each {@link RunTaskResult} as it arrives. Found
 * through {@link Clusters}; the Spark edition provides one.
 */
public interface RemoteTrainer extends AutoCloseable {

    /** Where runs train, stored with a run until its result names the executor that trained it. */
    String describe();

    /**
     * Trains the tasks and hands each one's result to {@code sink}, on the calling thread, as it arrives. Returns when
     * every task has a result, or soon after {@code stop} turns true (the rest then have none).
     *
     * @throws ClusterException when the cluster cannot train them; results handed over before stay valid
     */
    void train(List<RunTask> tasks, Consumer<RunTaskResult> sink, BooleanSupplier stop);

    @Override
    void close();
}
