package org.scalelab.training.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scalelab.platform.UserFolders;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;

/**
 * Experiments and their runs, kept in one SQLite file so that nothing a run has completed is lost when
 * ScaleLab stops, however it stops. A run is identified by {@link RunRequest#key()}: queuing a request that
 * was trained before returns the stored result instead of training again.
 *
 * <p>Thread-safe: the training thread and the UI thread share one connection, one operation at a time.
 * SQLite lets one writer in at a time anyway and every operation here takes milliseconds, so a lock costs
 * nothing, while a connection per operation would re-read the schema each time and turn contention inside
 * this process into SQLITE_BUSY waits. Other processes on the same file wait on the busy timeout.
 *
 * <p>Storage problems throw {@link StoreException}; unknown ids throw {@link IllegalArgumentException} and a
 * status change the run's life cycle does not allow (finishing a cancelled run) {@link IllegalStateException}.
 */
public final class ExperimentStore implements StoredRuns, AutoCloseable {
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);
    private static final String INTERRUPTED_REASON = "ScaleLab stopped while this run was training";

    private final Path file;
    private final Object lock = new Object();
    private final Connection connection;
    private boolean closed;

    private ExperimentStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the database, creating it and its folders if needed and upgrading an older schema. */
    public static ExperimentStore open(Path file) {
        return open(file, BUSY_TIMEOUT);
    }

    static ExperimentStore open(Path file, Duration busyTimeout) {
        return new ExperimentStore(file, DatabaseFile.open(file, busyTimeout));
    }

    /**
     * {@code scalelab.db} in the user's data folder ({@link UserFolders#data()}: XDG on Linux, %APPDATA% on Windows,
     * Application Support on macOS), or in the working folder when there is no home at all.
     */
    public static Path defaultLocation() {
        Path folder = UserFolders.data();
        return (folder != null ? folder : Path.of("").toAbsolutePath()).resolve("scalelab.db");
    }

    public Path file() {
        return file;
    }

    public Experiment createExperiment(String name, String description) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an experiment needs a name");
        }
        String text = description == null ? "" : description;
        return write("cannot create experiment " + name, c -> ExperimentRows.insert(c, name, text, now()));
    }

    /** All experiments, oldest first. */
    public List<Experiment> experiments() {
        return read("cannot list experiments", ExperimentRows::all);
    }

    /**
     * Adds a run to an experiment and queues it, unless it exists: then it is only linked, and a DONE run
     * stays DONE (a cache hit). A failed or cancelled run is queued again, keeping its epochs and checkpoint.
     * The stored request keeps the names (spec name, rule, φ) of the first request with this key.
     *
     * @param params trainable parameters, from the cost model
     * @param macs   multiply-adds per image, from the cost model
     */
    public RunRecord enqueue(long experimentId, RunRequest request, long params, long macs) {
        Objects.requireNonNull(request, "request");
        if (params < 0 || macs < 0) {
            throw new IllegalArgumentException("params " + params + " and macs " + macs + " cannot be negative");
        }
        String id = request.key();
        return write("cannot queue run " + id, c -> {
            if (!ExperimentRows.exists(c, experimentId)) {
                throw new IllegalArgumentException("no experiment " + experimentId);
            }
            Optional<RunStatus> status = RunRows.status(c, id);
            if (status.isEmpty()) {
                RunRows.insert(c, id, request, params, macs, now());
            } else if (Transition.REQUEUE.allowedFrom(status.get())) {
                RunRows.setStatus(c, id, Transition.REQUEUE.check(id, status), null, now());
            }
            ExperimentRows.link(c, experimentId, id);
            return RunRows.find(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return read("cannot read run " + runId, c -> RunRows.find(c, runId));
    }

    @Override
    public List<RunRecord> runs(RunFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read("cannot list runs", c -> RunRows.list(c, filter));
    }

    public List<EpochMetrics> epochs(String runId) {
        return read("cannot read the epochs of run " + runId, c -> {
            requireRun(c, runId);
            return RunRows.epochs(c, runId);
        });
    }

    /** The checkpoint written after the run's last recorded epoch; empty before its first epoch. */
    public Optional<String> checkpoint(String runId) {
        return read("cannot read the checkpoint of run " + runId, c -> RunRows.checkpoint(c, runId));
    }

    /** QUEUED or INTERRUPTED to RUNNING; {@code device} says what trains it. */
    public void markRunning(String runId, String device) {
        write("cannot start run " + runId, c -> {
            RunRows.setStatus(c, runId, Transition.START.check(runId, RunRows.status(c, runId)), null, now());
            RunRows.setDevice(c, runId, device);
            return null;
        });
    }

    /**
     * Stores a completed epoch of a RUNNING run together with the checkpoint saved after it, in one
     * transaction: once this returns, the epoch and the checkpoint to resume from survive any crash. Write the
     * checkpoint file first. Epoch numbers must grow.
     */
    public void recordEpoch(String runId, EpochMetrics metrics, String checkpointPath) {
        Objects.requireNonNull(metrics, "metrics");
        if (checkpointPath == null || checkpointPath.isBlank()) {
            throw new IllegalArgumentException("epoch " + metrics.epoch() + " of run " + runId + " needs its checkpoint");
        }
        write("cannot record epoch " + metrics.epoch() + " of run " + runId, c -> {
            Transition.RECORD_EPOCH.check(runId, RunRows.status(c, runId));
            RunRows.lastEpoch(c, runId).ifPresent(last -> {
                if (metrics.epoch() <= last) {
                    throw new IllegalStateException("run " + runId + " already has epoch " + last
                            + "; epoch " + metrics.epoch() + " comes too late");
                }
            });
            RunRows.addEpoch(c, runId, metrics, checkpointPath, now());
            return null;
        });
    }

    /**
     * RUNNING to DONE with its result. A run whose epochs were trained on more than one kind of device (resumed on a
     * GPU after starting on the CPU, or the other way round) is stored as {@link DeviceKind#MIXED}: its overall
     * images/s describe neither device.
     */
    public void finish(String runId, RunResult result) {
        Objects.requireNonNull(result, "result");
        write("cannot finish run " + runId, c -> {
            finish(c, runId, result);
            return null;
        });
    }

    private static void finish(Connection c, String runId, RunResult result) throws SQLException {
        RunRows.setStatus(c, runId, Transition.FINISH.check(runId, RunRows.status(c, runId)), null, now());
        List<DeviceKind> kinds = RunRows.epochDeviceKinds(c, runId);
        RunResult stored = kinds.size() > 1
                ? new RunResult(result.testAccuracy(), result.trainSeconds(), result.imagesPerSecond(),
                        result.latencyMillis(), result.device() + " (resumed across devices: epochs on "
                        + kinds.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(" and "))
                        + ")", DeviceKind.MIXED)
                : result;
        RunRows.setResult(c, runId, stored);
    }

    /**
     * Stores a run trained elsewhere (a cluster task) in one transaction: the epochs not recorded yet, the checkpoint
     * written after the last of them, and the result. Write the checkpoint file first. Returns false and changes
     * nothing when the run is no longer RUNNING: an earlier attempt of the same run was stored already, or the run was
     * cancelled meanwhile. So a task that ran twice is stored once.
     */
    public boolean finishTrainedElsewhere(String runId, List<EpochMetrics> epochs, String checkpointPath, RunResult result) {
        Objects.requireNonNull(result, "result");
        if (epochs.isEmpty() || checkpointPath == null || checkpointPath.isBlank()) {
            throw new IllegalArgumentException("run " + runId + " needs its epochs and checkpoint");
        }
        return write("cannot store run " + runId, c -> {
            if (RunRows.status(c, runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId))
                    != RunStatus.RUNNING) {
                return false;
            }
            int last = RunRows.lastEpoch(c, runId).orElse(0);
            for (EpochMetrics m : epochs) {
                if (m.epoch() > last) {
                    RunRows.addEpoch(c, runId, m, checkpointPath, now());
                }
            }
            finish(c, runId, result);
            return true;
        });
    }

    /** RUNNING to INTERRUPTED: the run stopped without an end of its own (its cluster went away) and resumes later. */
    public void interrupt(String runId, String reason) {
        endWithReason(Transition.INTERRUPT, runId, reason);
    }

    public void fail(String runId, String reason) {
        endWithReason(Transition.FAIL, runId, reason);
    }

    public void cancel(String runId, String reason) {
        endWithReason(Transition.CANCEL, runId, reason);
    }

    /**
     * For start-up, before any training begins: every RUNNING run belongs to a process that died, so it
     * becomes INTERRUPTED, to be resumed from its {@link #checkpoint}. Returns them as they are now.
     */
    public List<RunRecord> markInterrupted() {
        return write("cannot mark interrupted runs", c -> {
            List<RunRecord> interrupted = new ArrayList<>();
            for (String id : RunRows.idsWithStatus(c, RunStatus.RUNNING)) {
                RunRows.setStatus(c, id, Transition.INTERRUPT.check(id, RunRows.status(c, id)), INTERRUPTED_REASON, now());
                interrupted.add(RunRows.find(c, id).orElseThrow());
            }
            return interrupted;
        });
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                connection.close();
            } catch (SQLException e) {
                throw StoreException.from(file, "cannot close it", e);
            }
        }
    }

    private void endWithReason(Transition transition, String runId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why run " + runId + " ends");
        }
        write("cannot end run " + runId, c -> {
            RunRows.setStatus(c, runId, transition.check(runId, RunRows.status(c, runId)), reason, now());
            return null;
        });
    }

    private static void requireRun(Connection c, String runId) throws SQLException {
        if (RunRows.status(c, runId).isEmpty()) {
            throw new IllegalArgumentException("no run " + runId);
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    private <T> T write(String failure, Transactions.Work<T> work) {
        return transaction(Transactions.WRITE, failure, work);
    }

    private <T> T read(String failure, Transactions.Work<T> work) {
        return transaction(Transactions.READ, failure, work);
    }

    private <T> T transaction(String begin, String failure, Transactions.Work<T> work) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the experiment store " + file + " is closed");
            }
            try {
                return Transactions.run(connection, begin, work);
            } catch (SQLException e) {
                throw StoreException.from(file, failure, e);
            }
        }
    }
}
