package org.scalelab.ui.concurrent;

import javafx.application.Platform;

/** Waiting for the JavaFX thread's pulses, for code that must act on what the window has drawn. */
public final class Pulses {
    private Pulses() {
    }

    /** Runs {@code action} on the FX thread two pulses from now: the first lays out and styles, the second paints. */
    public static void afterLayout(Runnable action) {
        Platform.runLater(() -> Platform.runLater(action));
    }
}
