package org.scalelab.training.store;

import static org.scalelab.training.RunStatus.CANCELLED;
import static org.scalelab.training.RunStatus.DONE;
import static org.scalelab.training.RunStatus.FAILED;
import static org.scalelab.training.RunStatus.INTERRUPTED;
import static org.scalelab.training.RunStatus.QUEUED;
import static org.scalelab.training.RunStatus.RUNNING;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scalelab.training.RunStatus;

/** Every change a run's status may go through; anything else is a bug in the caller and is refused. */
enum Transition {
    /** Interrupted runs start again from their last checkpoint. */
    START("start", RUNNING, QUEUED, INTERRUPTED),
    RECORD_EPOCH("record an epoch of", RUNNING, RUNNING),
    FINISH("finish", DONE, RUNNING),
    FAIL("fail", FAILED, QUEUED, RUNNING, INTERRUPTED),
    CANCEL("cancel", CANCELLED, QUEUED, RUNNING, INTERRUPTED),
    INTERRUPT("interrupt", INTERRUPTED, RUNNING),
    /** Queuing a failed or cancelled run again retries it; its epochs and checkpoint stay to resume from. */
    REQUEUE("queue again", QUEUED, FAILED, CANCELLED);

    private final String verb;
    private final RunStatus to;
    private final Set<RunStatus> from;

    Transition(String verb, RunStatus to, RunStatus... from) {
        this.verb = verb;
        this.to = to;
        this.from = EnumSet.copyOf(List.of(from));
    }

    boolean allowedFrom(RunStatus status) {
        return from.contains(status);
    }

    /** @return the status the run moves to */
    RunStatus check(String runId, Optional<RunStatus> current) {
        RunStatus status = current.orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        if (!allowedFrom(status)) {
            throw new IllegalStateException("cannot " + verb + " run " + runId + ": it is " + status
                    + ", and only a run that is " + from + " allows that");
        }
        return to;
    }
}
