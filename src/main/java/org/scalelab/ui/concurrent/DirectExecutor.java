package org.scalelab.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and callbacks at once on the calling thread: deterministic ViewModel tests without a toolkit. */
public final class DirectExecutor implements BackgroundExecutor {

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
