package org.scalelab.training.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.scalelab.training.cluster.ClusterException;
import org.scalelab.training.cluster.RemoteTrainer;
import org.scalelab.training.cluster.RunTask;
import org.scalelab.training.cluster.RunTaskResult;
import org.scalelab.training.cluster.TaskRunner;

/**
 * A cluster in this process for tests: each task and each result go through Java serialisation, as they do to and from
 * Spark's executors, and train with the executors' {@link TaskRunner}. It can hand a result over twice (a retried task
 * whose first attempt also reported) and fail after some results (a cluster that goes away).
 */
final class InProcessRemoteTrainer implements RemoteTrainer {
    final List<List<String>> batches = new CopyOnWriteArrayList<>();
    final List<RunTask> sent = new CopyOnWriteArrayList<>();
    private final TaskRunner runner;
    private final Path scratch;
    volatile boolean twice;
    volatile int failAfter = Integer.MAX_VALUE;
    volatile ClusterException failure = new ClusterException("the Spark master at spark://test:7077 went away", false);
    volatile boolean closed;
    /** The stop condition of the batch training now. */
    volatile BooleanSupplier stop = () -> false;
    /** Called as each task starts, on the dispatcher's thread. */
    volatile Consumer<RunTask> onTask = t -> { };

    InProcessRemoteTrainer(TaskRunner runner, Path scratch) {
        this.runner = runner;
        this.scratch = scratch;
    }

    @Override
    public String describe() {
        return "CPU, test cluster";
    }

    @Override
    public void train(List<RunTask> tasks, Consumer<RunTaskResult> sink, BooleanSupplier stop) {
        batches.add(tasks.stream().map(RunTask::runId).toList());
        this.stop = stop;
        int delivered = 0;
        for (RunTask task : tasks) {
            if (stop.getAsBoolean()) {
                return;
            }
            if (delivered >= failAfter) {
                throw failure;
            }
            RunTask arrived = copy(task);
            sent.add(arrived);
            onTask.accept(arrived);
            RunTaskResult r = copy(runner.run(arrived, "127.0.0.1 (executor 0)", "CPU, test executor", scratch,
                    () -> false));
            sink.accept(r);
            if (twice) {
                sink.accept(copy(r));
            }
            delivered++;
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
