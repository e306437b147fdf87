package org.scalelab.ui.search;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.scalelab.ui.concurrent.BackgroundExecutor;

/**
 * An executor like the FX one, without a toolkit: work runs on its own daemon thread, callbacks queue up for the
 * "UI thread" (the test's thread, which drains them with {@link #runUntil}). Shows that a ViewModel returns at
 * once while the work waits elsewhere.
 */
final class QueueExecutor implements BackgroundExecutor {
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final Thread uiThread = Thread.currentThread();

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Thread t = new Thread(() -> {
            try {
                T result = work.call();
                ui.add(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                ui.add(() -> onFailure.accept(e));
            }
        }, "queue-executor-worker");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Thread.currentThread() == uiThread) {
            action.run();
        } else {
            ui.add(action);
        }
    }

    /** Runs queued callbacks on this (the UI) thread until {@code done} holds; fails after {@code seconds}. */
    void runUntil(BooleanSupplier done, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!done.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("condition not reached within " + seconds + " s");
            }
            Runnable r = ui.poll(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS);
            if (r != null) {
                r.run();
            }
        }
    }
}
