package org.scalelab.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.service.RunListener;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.training.store.RunFilter;

/**
 * The workbench's training port, which can move its jobs between this machine and a Spark cluster while the window
 * stays open: {@link #moveTo} closes the port it has (Spark allows one context per process) and opens the other on
 * the same database, so every stored run stays. It only moves while no job is queued or training. Everyone in the
 * window holds this one port; listeners stay registered across a move. Calls made during a move wait for it (they
 * come from background threads), then reach the new port.
 */
public final class SwitchingTraining implements TrainingPort {
    private final Path database;
    private final Function<String, TrainingPort> open;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile TrainingPort current;
    private volatile String master;

    /**
     * @param open   opens a port for a master URL, or for this machine when given null (it may open in the background,
     *               as {@link org.scalelab.training.service.OpeningTraining} does)
     * @param master where jobs train first: a master URL, or null for this machine
     */
    public SwitchingTraining(Path database, Function<String, TrainingPort> open, String master) {
        this.database = database;
        this.open = open;
        this.master = master;
        this.current = listen(open.apply(master));
    }

    private TrainingPort listen(TrainingPort port) {
        port.addListener(e -> listeners.forEach(l -> l.onEvent(e)));
        return port;
    }

    /** The master URL the jobs train on, or null for this machine. */
    public String master() {
        return master;
    }

    /** What {@link #moveTo} did. */
    public enum Move { MOVED, BUSY }

    /**
     * Moves the jobs to {@code target} (a master URL, or null for this machine); blocks while the port opens. Nothing
     * happens while a job is queued or training after {@code waitMillis} ({@link Move#BUSY}); new calls wait meanwhile.
     * When the new port cannot open, the previous placement is opened again and the reason thrown; every stored run
     * stays either way.
     *
     * @throws IllegalStateException with one line for the user when {@code target} cannot be used
     */
    public Move moveTo(String target, long waitMillis) {
        lock.writeLock().lock();
        try {
            if (!idle(current, waitMillis)) {
                return Move.BUSY;
            }
            String previous = master;
            current.close();
            current = listen(open.apply(target));
            try {
                current.device(); // waits until it is open, or throws why it cannot open
                master = target;
                return Move.MOVED;
            } catch (RuntimeException e) {
                current.close();
                current = listen(open.apply(previous));
                throw new IllegalStateException(e.getMessage(), e);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A port that could not open trains nothing, so it counts as idle. */
    private static boolean idle(TrainingPort port, long waitMillis) {
        try {
            return port.awaitIdle(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private <T> T read(Function<TrainingPort, T> call) {
        lock.readLock().lock();
        try {
            return call.apply(current);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void run(java.util.function.Consumer<TrainingPort> call) {
        read(p -> {
            call.accept(p);
            return null;
        });
    }

    @Override
    public long newExperiment(String name, String description) {
        return read(p -> p.newExperiment(name, description));
    }

    @Override
    public long experiment(String name, String description) {
        return read(p -> p.experiment(name, description));
    }

    @Override
    public RunRecord submit(long experiment, RunRequest request, long params, long macs) {
        return read(p -> p.submit(experiment, request, params, macs));
    }

    @Override
    public void cancel(String runId) {
        run(p -> p.cancel(runId));
    }

    @Override
    public void cancelAll() {
        run(TrainingPort::cancelAll);
    }

    @Override
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    @Override
    public List<RunRecord> recover(boolean resume) {
        return read(p -> p.recover(resume));
    }

    /** Waits on the port of the moment without holding a move back: a move happens only when it is idle anyway. */
    @Override
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return current.awaitIdle(timeout, unit);
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return read(p -> p.find(runId));
    }

    @Override
    public List<RunRecord> runs(RunFilter filter) {
        return read(p -> p.runs(filter));
    }

    @Override
    public Optional<Stop> stopped() {
        return read(TrainingPort::stopped);
    }

    @Override
    public String device() {
        return read(TrainingPort::device);
    }

    @Override
    public Path database() {
        return database;
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            current.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
