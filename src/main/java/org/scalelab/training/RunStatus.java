package org.scalelab.training;

/** Life cycle of a run; {@link #INTERRUPTED} marks a run whose process died while it was running. */
public enum RunStatus {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED, INTERRUPTED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
