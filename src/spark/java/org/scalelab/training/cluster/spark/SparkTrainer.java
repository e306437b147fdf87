package org.scalelab.training.cluster.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.scalelab.training.cluster.ClusterException;
import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.RemoteTrainer;
import org.scalelab.training.cluster.RunTask;
import org.scalelab.training.cluster.RunTaskResult;
import scala.collection.JavaConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * The driver side: ScaleLab itself holds the SparkContext (client mode), so results land in the user's database as
 * they arrive. Each batch is one Spark job of one task per run; every task result is handed over as it arrives
 * (Spark's job result handler), and a lost task is retried by Spark (up to {@code spark.task.maxFailures}). While a
 * batch trains, the master is watched: a master that stops answering ends the batch.
 */
final class SparkTrainer implements RemoteTrainer {
    private static final long POLL_MILLIS = 500;
    /** Checks of the master, one per {@link #WATCH_MILLIS}, that may fail in a row before the batch ends. */
    private static final int MASTER_MISSES = 3;
    private static final long WATCH_MILLIS = 5000;

    private final ClusterSettings settings;
    private final SparkContext sc;
    private final AtomicLong batches = new AtomicLong();

    SparkTrainer(ClusterSettings settings) {
        this.settings = settings;
        if (!settings.local()) {
            String why = MasterProbe.unreachable(settings.master());
            if (why != null) {
                throw new ClusterException("cannot reach the Spark master at " + settings.master() + " (" + why + ")", true);
            }
        }
        try {
            sc = new SparkContext(SparkSettings.of(settings));
        } catch (ClusterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClusterException("Spark cannot start: " + firstLine(e), false, e);
        }
    }

    @Override
    public String describe() {
        return "CPU, Spark " + settings.master() + ", " + settings.taskCpus() + " core(s) per run";
    }

    @Override
    public void train(List<RunTask> tasks, Consumer<RunTaskResult> sink, BooleanSupplier stop) {
        String group = "scalelab-" + batches.incrementAndGet();
        sc.setJobGroup(group, "ScaleLab: " + tasks.size() + " run(s)", true);
        RDD<RunTask> rdd = JavaSparkContext.fromSparkContext(sc).parallelize(tasks, tasks.size()).rdd();
        List<Object> partitions = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            partitions.add(i);
        }
        LinkedBlockingQueue<RunTaskResult> arrived = new LinkedBlockingQueue<>();
        SimpleFutureAction<BoxedUnit> job = sc.submitJob(rdd, new TrainPartition(settings.taskCpus()),
                JavaConverters.asScalaBuffer(partitions).toSeq(), new Collect(arrived), new Unit());
        try {
            int received = 0;
            int misses = 0;
            long nextWatch = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WATCH_MILLIS);
            while (received < tasks.size()) {
                RunTaskResult r = arrived.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (r != null) {
                    received++;
                    sink.accept(r);
                    continue;
                }
                if (stop.getAsBoolean()) {
                    return;
                }
                if (job.isCompleted()) {
                    RunTaskResult last;
                    while ((last = arrived.poll()) != null) {
                        received++;
                        sink.accept(last);
                    }
                    Try<BoxedUnit> outcome = job.value().get();
                    if (outcome.isFailure()) {
                        throw new ClusterException("the Spark job failed: " + firstLine(outcome.failed().get()), false);
                    }
                    return;
                }
                if (!settings.local() && System.nanoTime() > nextWatch) {
                    nextWatch = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WATCH_MILLIS);
                    String why = MasterProbe.unreachable(settings.master());
                    misses = why == null ? 0 : misses + 1;
                    if (misses >= MASTER_MISSES) {
                        throw new ClusterException("the Spark master at " + settings.master() + " went away (" + why + ")",
                                false);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!job.isCompleted()) {
                sc.cancelJobGroup(group);
            }
            sc.clearJobGroup();
        }
    }

    @Override
    public void close() {
        sc.stop();
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        String line = m.strip().lines().findFirst().orElse(m);
        return line.length() > 400 ? line.substring(0, 400) + " …" : line;
    }

    /** On the driver: each task's result as Spark hands it over (on its scheduler thread), queued for {@link #train}. */
    private static final class Collect extends AbstractFunction2<Object, RunTaskResult, BoxedUnit>
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final transient LinkedBlockingQueue<RunTaskResult> arrived;

        Collect(LinkedBlockingQueue<RunTaskResult> arrived) {
            this.arrived = arrived;
        }

        @Override
        public BoxedUnit apply(Object partition, RunTaskResult result) {
            arrived.add(result);
            return BoxedUnit.UNIT;
        }
    }

    private static final class Unit extends AbstractFunction0<BoxedUnit> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
