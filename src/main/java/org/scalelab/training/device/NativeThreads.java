package org.scalelab.training.device;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many threads ND4J uses for the work of the calling thread. In ND4J 1.0.0-M2.1 OpenMP's limit (which oneDNN
 * and ND4J's loops follow) belongs to the thread that sets it: a training thread must set its own, setting it on
 * the main thread leaves the trainers on all cores. {@code Environment.setMaxThreads} does nothing at run time
 * (the pool size is read from {@code OMP_NUM_THREADS} at start), so it is not used here.
 */
public final class NativeThreads {
    private NativeThreads() {
    }

    /** Limits ND4J's native work started from the calling thread to {@code threads} (at least 1). */
    public static void limitCallingThread(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " must be at least 1");
        }
        Nd4j.getEnvironment().setMaxMasterThreads(threads); // also loads ND4J, which NativeOpsHolder needs first
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
    }

    /** OpenMP's limit as the calling thread sees it. */
    public static int callingThreadLimit() {
        Nd4j.getEnvironment(); // NativeOpsHolder needs ND4J's backend loaded first
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }

    /** Threads for each of {@code jobs} concurrent jobs so that together they use the cores once. */
    public static int perJob(int jobs, int cores) {
        if (jobs < 1 || cores < 1) {
            throw new IllegalArgumentException("jobs " + jobs + " and cores " + cores + " must be at least 1");
        }
        return Math.max(1, cores / jobs);
    }
}
