package org.scalelab.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Latest-wins recomputation: while a slider is dragged every change asks again, but only the newest answer is
 * applied; older ones that finish late are dropped, so the view never jumps back.
 */
public final class Latest<T> {
    private final BackgroundExecutor executor;
    private final AtomicLong generation = new AtomicLong();

    public Latest(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Drops the answer of the work in flight, if any: the question changed and has no answer to wait for. */
    public void drop() {
        generation.incrementAndGet();
    }

    public void submit(Callable<T> work, Consumer<T> apply, Consumer<Throwable> onFailure) {
        long mine = generation.incrementAndGet();
        executor.submit(work, result -> {
            if (generation.get() == mine) {
                apply.accept(result);
            }
        }, error -> {
            if (generation.get() == mine) {
                onFailure.accept(error);
            }
        });
    }
}
