package org.scalelab.ui.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * An executor whose background work waits until a test runs it, in any order: for checking what happens when
 * answers arrive late or out of order. Work and callbacks run on the calling thread.
 */
public final class ManualExecutor implements BackgroundExecutor {
    /** Runs a task and its callback once the test lets it. */
    private static final DirectExecutor NOW = new DirectExecutor();

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> NOW.submit(work, onSuccess, onFailure));
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    /** How many submitted tasks have not run yet. */
    public int pending() {
        return pending.size();
    }

    /** Runs the i-th waiting task (0 = the oldest) and its callback. */
    public void run(int i) {
        pending.remove(i).run();
    }

    /** Runs every waiting task, oldest first, including any they submit. */
    public void runAll() {
        while (!pending.isEmpty()) {
            run(0);
        }
    }
}
