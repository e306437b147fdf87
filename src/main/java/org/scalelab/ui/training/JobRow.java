package org.scalelab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRequest;

/** One run in the job list: what it trains and how far it got. FX thread only; holds no controls. */
public final class JobRow {
    /** Where a job stands. */
    public enum State { SUBMITTING, QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    private final String runId;
    private final String title;
    private RunRequest request;
    private State state = State.SUBMITTING;
    private long startedNanos = -1;
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private final StringProperty status = new SimpleStringProperty(this, "status", "submitting…");
    private final StringProperty eta = new SimpleStringProperty(this, "eta", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);

    JobRow(String runId, String title, RunRequest request) {
        this.runId = runId;
        this.title = title;
        this.request = request;
    }

    public String runId() {
        return runId;
    }

    public String title() {
        return title;
    }

    public RunRequest request() {
        return request;
    }

    void request(RunRequest r) {
        if (r != null) {
            request = r;
        }
    }

    public State state() {
        return state;
    }

    void state(State s, String text) {
        state = s;
        status.set(text);
        active.set(s == State.SUBMITTING || s == State.QUEUED || s == State.RUNNING);
        if (!active.get()) {
            eta.set("");
        }
    }

    long startedNanos() {
        return startedNanos;
    }

    void startedNanos(long t) {
        startedNanos = t;
    }

    List<EpochMetrics> epochsMutable() {
        return epochs;
    }

    public List<EpochMetrics> epochs() {
        return List.copyOf(epochs);
    }

    void progress(double p) {
        progress.set(p);
    }

    void eta(String text) {
        eta.set(text);
    }

    /** "queued", "epoch 2/3 · loss 0.512", "done · 84.2%", "failed: reason", "cancelled". */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Remaining time while running, e.g. "about 1 min 20 s left"; empty otherwise. */
    public ReadOnlyStringProperty etaProperty() {
        return eta;
    }

    /** 0–1 across all epochs; −1 while waiting (indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Queued or running: can still be cancelled. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }
}
