package org.scalelab.training.cluster.spark;

import java.io.Serializable;
import org.apache.spark.TaskContext;
import org.scalelab.training.cluster.RunTask;
import org.scalelab.training.cluster.RunTaskResult;
import org.scalelab.training.cluster.TaskRunner;
import org.scalelab.training.device.NativeThreads;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/** On an executor: trains the one run of its partition with {@code threads} ND4J threads. */
final class TrainPartition extends AbstractFunction1<Iterator<RunTask>, RunTaskResult> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int threads;

    TrainPartition(int threads) {
        this.threads = threads;
    }

    @Override
    public RunTaskResult apply(Iterator<RunTask> partition) {
        RunTask task = partition.next();
        ExecutorSide side = ExecutorSide.get();
        // Per thread: ND4J's OpenMP limit belongs to the thread that sets it (see NativeThreads).
        NativeThreads.limitCallingThread(threads);
        TaskContext context = TaskContext.get();
        String device = side.device() + ", " + threads + " thread(s); Spark executor on " + side.worker();
        return TaskRunner.onThisMachine().run(task, side.worker(), device, side.scratch(),
                () -> context != null && context.isInterrupted());
    }
}
