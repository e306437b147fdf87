package org.scalelab.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way ViewModels run work off the FX thread: {@code work} runs in the background, and exactly one of
 * the callbacks runs afterwards on the UI thread. Tests use {@link DirectExecutor}, which runs everything on the
 * calling thread, so ViewModels can be tested with plain JUnit.
 */
public interface BackgroundExecutor {

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a small action on the UI thread (for events that arrive on other threads). */
    void onUiThread(Runnable action);
}
