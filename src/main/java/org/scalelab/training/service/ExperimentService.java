package org.scalelab.training.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.cluster.ClusterException;
import org.scalelab.training.cluster.RemoteTrainer;
import org.scalelab.training.cluster.RunTask;
import org.scalelab.training.cluster.RunTaskResult;
import org.scalelab.training.device.NativeThreads;
import org.scalelab.training.engine.Trainer;
import org.scalelab.training.engine.TrainingData;
import org.scalelab.training.engine.TrainingJob;
import org.scalelab.training.engine.TrainingMonitor;
import org.scalelab.training.engine.TrainingOutcome;
import org.scalelab.training.store.ExperimentStore;

/**
 * Trains queued runs in the background and keeps every result in the {@link ExperimentStore}.
 * <ul>
 *   <li>Cheap variants first (fewest MACs), so charts fill early.</li>
 *   <li>A run already done is not trained again: {@link #submit} reports it as a cached {@link RunEvent.Finished}.</li>
 *   <li>Each epoch is committed as it ends, with a checkpoint; {@link #recover()} resumes runs a killed process
 *       left RUNNING from their last checkpoint.</li>
 *   <li>A failing run (diverged, out of memory, bad data) is marked failed and the queue goes on.</li>
 * </ul>
 * Workers are daemon threads; {@code parallelism} of them train at once. With a {@link RemoteTrainer} (a cluster) one
 * dispatcher thread sends everything queued at the time as one batch instead, and stores each run as its result
 * arrives (see {@link #ExperimentService(ExperimentStore, RemoteTrainer, Path)}).
 */
public final class ExperimentService implements AutoCloseable {
    private final ExperimentStore store;
    private final DataSource data;
    private final Path checkpoints;
    private final Trainer trainer;
    private final String device;
    private final RemoteTrainer remote;
    /** Why the cluster stopped training, once it has; later batches fail the same way. */
    private volatile String clusterFailure;
    private volatile boolean clusterFailureIsUserInput;
    private final PriorityBlockingQueue<Job> queue = new PriorityBlockingQueue<>();
    private final Map<String, Job> active = new ConcurrentHashMap<>();
    /** Runs handed to the remote trainer whose results are still awaited. */
    private final Map<String, Job> sent = new ConcurrentHashMap<>();
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Object idle = new Object();
    private volatile boolean closed;

    /** One queued or running run. */
    private record Job(RunRequest request, String runId, long macs, long order, AtomicBoolean cancelled)
            implements Comparable<Job> {
        @Override
        public int compareTo(Job o) {
            int byCost = Long.compare(macs, o.macs);
            return byCost != 0 ? byCost : Long.compare(order, o.order);
        }
    }

    public ExperimentService(ExperimentStore store, DataSource data, Path checkpoints, String device, int parallelism) {
        this(store, data, checkpoints, device, parallelism, 0);
    }

    /**
     * @param parallelism   runs trained at once, one worker thread each
     * @param threadsPerJob ND4J threads each worker uses (set on the worker itself, see {@link NativeThreads});
     *                      0 leaves ND4J's default, all cores
     */
    public ExperimentService(ExperimentStore store, DataSource data, Path checkpoints, String device, int parallelism,
                             int threadsPerJob) {
        if (threadsPerJob < 0) {
            throw new IllegalArgumentException("threads per job " + threadsPerJob + " must be 0 (default) or more");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism " + parallelism + " must be at least 1");
        }
        this.store = store;
        this.data = data;
        this.checkpoints = checkpoints;
        this.device = device;
        this.trainer = new Trainer(device);
        this.remote = null;
        for (int i = 0; i < parallelism; i++) {
            Thread t = new Thread(() -> {
                if (threadsPerJob > 0) {
                    NativeThreads.limitCallingThread(threadsPerJob);
                }
                work();
            }, "scalelab-trainer-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /**
     * Trains on a cluster: one dispatcher thread waits for runs, lets a sweep or a rung finish queuing (a short pause),
     * then hands the runs queued at that moment to {@code remote} as one batch. Each result is stored as it arrives, in
     * one transaction with all its epochs and its checkpoint (written under {@code checkpoints} first); a run already
     * done is never sent, and a result for a run no longer running (stored by an earlier attempt, or cancelled) is
     * dropped. Cancelling a run sent to the cluster ends it here at once; the batch is cancelled on the cluster when
     * all its runs are. If the cluster fails, the runs it did not finish are left interrupted (to resume when asked
     * for again) and {@link #clusterFailure()} says why; closing the service leaves them running, to resume at the
     * next start as on this machine. The remote trainer is closed with the service.
     */
    public ExperimentService(ExperimentStore store, RemoteTrainer remote, Path checkpoints) {
        this.store = store;
        this.data = null;
        this.checkpoints = checkpoints;
        this.device = remote.describe();
        this.trainer = null;
        this.remote = remote;
        Thread t = new Thread(this::dispatch, "scalelab-cluster-dispatcher");
        t.setDaemon(true);
        workers.add(t);
        t.start();
    }

    /** What trains the runs: the device of this process, or the cluster. */
    public String device() {
        return device;
    }

    /** Why the cluster stopped training runs, if it did: one line for the user. */
    public Optional<String> clusterFailure() {
        return Optional.ofNullable(clusterFailure);
    }

    /** Whether {@link #clusterFailure()} is about what the user asked for (a --data path a worker cannot read). */
    public boolean clusterFailureIsUserInput() {
        return clusterFailureIsUserInput;
    }

    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    /**
     * Queues a run unless it is already done (then reports the stored result at once). Returns the stored record.
     *
     * @param params, macs the variant's analytic cost, stored with the run; MACs order the queue
     */
    public RunRecord submit(long experimentId, RunRequest request, long params, long macs) {
        check(request);
        RunRecord record = store.enqueue(experimentId, request, params, macs);
        if (record.status() == RunStatus.DONE) {
            emit(new RunEvent.Finished(record.id(), record.result(), true));
            return record;
        }
        if (!active.containsKey(record.id())) {
            schedule(request, record, macs);
        }
        return record;
    }

    /**
     * Refuses a request its dataset cannot serve (it cannot be loaded, it has fewer training images than asked, its
     * classes differ from the network's), so that a user's mistake is said at once and never stored as a failed run.
     * {@link #submit} asks too; a command that records an experiment first asks before that.
     *
     * On a cluster the data lives on the workers, which check it themselves (a batch they cannot read ends naming it),
     * so nothing is checked here.
     *
     * @throws org.scalelab.training.data.DatasetException naming the dataset and the problem
     */
    public void check(RunRequest request) {
        if (data == null) {
            return;
        }
        data.forDataset(request.dataset()).check(request.spec(), request.recipe());
    }

    /**
     * At start-up: every run a killed process left RUNNING becomes INTERRUPTED and is queued again; it resumes
     * after its last committed epoch. Returns those runs.
     */
    public List<RunRecord> recover() {
        List<RunRecord> interrupted = store.markInterrupted();
        for (RunRecord r : interrupted) {
            schedule(r.request(), r, Long.MAX_VALUE / 2);
        }
        return interrupted;
    }

    private void schedule(RunRequest request, RunRecord record, long macs) {
        Job job = new Job(request, record.id(), macs, sequence.incrementAndGet(), new AtomicBoolean());
        active.put(record.id(), job);
        queue.add(job);
        emit(new RunEvent.Queued(record.id(), record));
    }

    /** Cancels a queued run at once, a running one within one iteration (on a cluster: at once, see above). */
    public void cancel(String runId) {
        Job job = active.get(runId);
        if (job != null) {
            job.cancelled().set(true);
            if (queue.remove(job) || remote != null && sent.remove(runId) != null) {
                finishCancelled(job);
            }
        }
    }

    public void cancelAll() {
        List.copyOf(active.keySet()).forEach(this::cancel);
    }

    /** Runs queued or training now. */
    public int pending() {
        return active.size();
    }

    /** Blocks until nothing is queued or training, or the timeout passes; true when idle. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (idle) {
            while (!active.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    private void work() {
        while (!closed) {
            Job job;
            try {
                job = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (job == null) {
                continue;
            }
            try {
                train(job);
            } catch (RuntimeException | Error e) {
                // A bug or an unexpected framework error fails this run only; the worker goes on.
                failQuietly(job, e.toString());
            } finally {
                done(job);
            }
        }
    }

    private void train(Job job) {
        String id = job.runId();
        RunRecord record = store.find(id).orElseThrow();
        if (record.status() == RunStatus.DONE) {
            emit(new RunEvent.Finished(id, record.result(), true));
            return;
        }
        if (job.cancelled().get()) {
            finishCancelled(job);
            return;
        }
        List<EpochMetrics> earlier = store.epochs(id);
        store.markRunning(id, device);
        emit(new RunEvent.Started(id, !earlier.isEmpty()));
        TrainingData prepared;
        try {
            prepared = data.forDataset(job.request().dataset()).prepare(job.request().spec(), job.request().recipe());
        } catch (RuntimeException e) {
            fail(id, "data: " + e.getMessage());
            return;
        }
        Path checkpoint = checkpoints.resolve(id + ".zip");
        int epochs = job.request().recipe().epochs();
        TrainingOutcome outcome = trainer.train(new TrainingJob(job.request(), prepared, checkpoint, earlier),
                new TrainingMonitor() {
                    @Override
                    public boolean cancelled() {
                        return job.cancelled().get() || closed;
                    }

                    @Override
                    public void onIteration(int epoch, int iteration, int perEpoch, double loss) {
                        emit(new RunEvent.Progress(id, epoch, epochs, iteration, perEpoch, loss));
                    }

                    @Override
                    public void onEpoch(EpochMetrics m, Path file) {
                        store.recordEpoch(id, m, file.toString());
                        emit(new RunEvent.EpochDone(id, m));
                    }
                });
        if (outcome instanceof TrainingOutcome.Done d) {
            store.finish(id, d.result());
            emit(new RunEvent.Finished(id, d.result(), false));
        } else if (outcome instanceof TrainingOutcome.Failed f) {
            fail(id, f.reason());
        } else if (!closed || job.cancelled().get()) {
            finishCancelled(job);
        }
        // Otherwise the service is shutting down: the run stays RUNNING and resumes at the next start.
    }

    /** How long the dispatcher waits after the first queued run for the rest of its sweep or rung to queue. */
    private static final long BATCH_SETTLE_MILLIS = 300;

    private void dispatch() {
        while (!closed) {
            Job first;
            try {
                first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                Thread.sleep(BATCH_SETTLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            List<Job> batch = new ArrayList<>(List.of(first));
            queue.drainTo(batch);
            try {
                trainRemotely(batch);
            } catch (RuntimeException | Error e) {
                batch.stream().filter(j -> sent.remove(j.runId()) != null).forEach(j -> failQuietly(j, e.toString()));
            } finally {
                batch.forEach(this::done);
            }
        }
    }

    private void trainRemotely(List<Job> batch) {
        List<RunTask> tasks = new ArrayList<>();
        for (Job job : batch) {
            RunRecord record = store.find(job.runId()).orElseThrow();
            if (record.status() == RunStatus.DONE) {
                emit(new RunEvent.Finished(job.runId(), record.result(), true));
            } else if (job.cancelled().get()) {
                finishCancelled(job);
            } else if (clusterFailure != null) {
                fail(job.runId(), clusterFailure); // the cluster is gone: ask again once it is back
            } else {
                tasks.add(task(job, record));
            }
        }
        if (tasks.isEmpty()) {
            return;
        }
        try {
            remote.train(tasks, this::store, () -> closed || sent.isEmpty());
        } catch (ClusterException e) {
            clusterFailureIsUserInput = e.userInput();
            clusterFailure = e.getMessage();
        }
        // Runs without a result. The cluster failed: they are interrupted, to resume when the same runs are asked for
        // again. Or the service is closing: as on this machine they stay RUNNING and resume at the next start.
        for (Job job : batch) {
            if (sent.remove(job.runId()) != null && clusterFailure != null) {
                store.interrupt(job.runId(), clusterFailure);
                emit(new RunEvent.Failed(job.runId(), clusterFailure));
            }
        }
    }

    /** Marks the run RUNNING and packs it, with its checkpoint when it resumes after some epochs. */
    private RunTask task(Job job, RunRecord record) {
        String id = job.runId();
        List<EpochMetrics> earlier = record.epochs();
        byte[] checkpoint = null;
        Path file = checkpoints.resolve(id + ".zip");
        if (!earlier.isEmpty() && Files.isRegularFile(file)) {
            try {
                checkpoint = Files.readAllBytes(file);
            } catch (IOException e) {
                checkpoint = null; // trains from the start
            }
        }
        store.markRunning(id, device);
        sent.put(id, job);
        emit(new RunEvent.Started(id, checkpoint != null));
        return RunTask.of(job.request(), earlier, checkpoint);
    }

    /** One task's result, on the dispatcher thread. */
    private void store(RunTaskResult r) {
        String id = r.runId();
        if (r.kind() == RunTaskResult.Kind.CANCELLED || !sent.containsKey(id)) {
            return; // cancelled here already, or a second result for a run stored once
        }
        switch (r.kind()) {
            case TRAINED -> {
                Path file = checkpoints.resolve(id + ".zip");
                try {
                    writeAtomically(file, r.checkpoint());
                } catch (IOException e) {
                    fail(id, "checkpoint " + file + ": " + e.getMessage());
                    sent.remove(id);
                    return;
                }
                List<EpochMetrics> epochs = r.epochMetrics();
                int before = store.epochs(id).size();
                if (store.finishTrainedElsewhere(id, epochs, file.toString(), r.runResult())) {
                    epochs.stream().skip(before).forEach(m -> emit(new RunEvent.EpochDone(id, m)));
                    emit(new RunEvent.Finished(id, r.runResult(), false));
                }
            }
            case FAILED -> fail(id, r.reason() + " (on " + r.worker() + ")");
            case DATA_UNREADABLE -> throw new ClusterException("--data: " + r.reason() + ", on worker " + r.worker()
                    + "; a --data folder must be readable at the same path on every worker", true);
            default -> {
                return;
            }
        }
        sent.remove(id);
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void fail(String id, String reason) {
        store.fail(id, reason);
        emit(new RunEvent.Failed(id, reason));
    }

    private void failQuietly(Job job, String reason) {
        try {
            fail(job.runId(), reason);
        } catch (RuntimeException ignored) {
            // The store refused (e.g. the run was cancelled meanwhile); the event still tells listeners.
            emit(new RunEvent.Failed(job.runId(), reason));
        }
    }

    private void finishCancelled(Job job) {
        store.cancel(job.runId(), "cancelled by the user");
        emit(new RunEvent.Cancelled(job.runId()));
        done(job);
    }

    private void done(Job job) {
        active.remove(job.runId(), job);
        synchronized (idle) {
            idle.notifyAll();
        }
    }

    private void emit(RunEvent e) {
        for (RunListener l : listeners) {
            try {
                l.onEvent(e);
            } catch (RuntimeException ignored) {
                // A faulty listener must not stop training.
            }
        }
    }

    /** Stops the workers; a run in progress stops within one iteration and stays resumable. */
    @Override
    public void close() {
        // No interrupts: a worker writing a checkpoint must finish it; idle workers notice within 200 ms.
        closed = true;
        for (Thread t : workers) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (remote != null) {
            remote.close();
        }
    }
}
