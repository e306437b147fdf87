package org.scalelab.training.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.store.StoredRuns;

/**
 * The one way to train from outside the training package: the CLI's commands, the workbench and the coefficient
 * search queue runs here, hear how they go as {@link RunEvent}s and read the stored results. A run is identified by
 * its request's key (spec, dataset, recipe, seed), so asking again for a run already done is answered from the store
 * at once. {@link ExperimentTraining} trains on this machine or hands the runs to a cluster; either way it keeps the
 * same guarantees: runs stored as they end, cached by key, resumable after a crash.
 *
 * <p>Every method may block (opening the database, loading data), so a window calls it off its FX thread. Listeners
 * hear events on the port's own threads and must be quick.
 */
public interface TrainingPort extends StoredRuns, AutoCloseable {

    // Experiments: named groups of runs, kept with them in the store. //

    /** A new experiment for the runs of one command; returns its id for {@link #submit}. */
    long newExperiment(String name, String description);

    /** The experiment of this name, new if there is none: the workbench keeps all its runs in one. */
    long experiment(String name, String description);

    // Runs //

    /**
     * Queues a run, cheapest ({@code macs}) first, unless it is done already: then a {@link RunEvent.Finished} with
     * {@code cached} true is sent at once, from inside this call. Returns the stored record.
     *
     * @param params, macs the variant's analytic cost, stored with the run
     */
    RunRecord submit(long experiment, RunRequest request, long params, long macs);

    /** Cancels a queued run at once, a running one within one iteration; unknown ids are ignored. */
    void cancel(String runId);

    void cancelAll();

    void addListener(RunListener listener);

    void removeListener(RunListener listener);

    /**
     * At start-up: every run a killed process left running is marked interrupted and returned; with {@code resume}
     * they are queued again and resume after their last committed epoch, without it they wait until submitted again.
     */
    List<RunRecord> recover(boolean resume);

    /** Blocks until nothing is queued or training, or the timeout passes; true when idle. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException;

    /**
     * Why training stopped for good, if it did (a cluster that failed; the runs it did not finish stay interrupted, to
     * resume at the next start).
     */
    Optional<Stop> stopped();

    /**
     * @param reason    one line for the user
     * @param userInput whether what the user asked for is at fault (a --data folder a worker cannot read)
     */
    record Stop(String reason, boolean userInput) {
    }

    // Stored runs: find and runs, as the store answers them (StoredRuns). //

    /** Where it trains, in words for a status bar; when a GPU could not be used, why. */
    String device();

    /** The experiment database. */
    Path database();

    /** Stops training (a run in progress stays resumable) and closes the store. */
    @Override
    void close();
}
