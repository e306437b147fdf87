package org.scalelab.ui.training;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.service.RunEvent;
import org.scalelab.ui.concurrent.BackgroundExecutor;

/**
 * "Where jobs train": this machine, or a Spark cluster by its master URL (the Spark edition). The URL is checked as
 * the command line's {@code --spark-master} checks it, with the same words. Applying moves the window's training port
 * ({@link SwitchingTraining#moveTo}) in the background, once nothing is queued or training: while jobs are, the move
 * waits and is tried again each time one of them ends. A move that worked is remembered ({@link ClusterPreference}).
 * A build without Spark offers only this machine and says why, in the command line's words.
 */
public final class ClusterViewModel {
    /** How long a move waits for the last job's end to settle before it counts the port as busy. */
    static final long SETTLE_MILLIS = 2000;
    private final SwitchingTraining port;
    private final ClusterPreference preference;
    private final BackgroundExecutor executor;
    private final Runnable afterMove;
    private final boolean available;

    private final BooleanProperty onCluster = new SimpleBooleanProperty(this, "onCluster");
    private final StringProperty master = new SimpleStringProperty(this, "master", "");
    private final ReadOnlyStringWrapper applied = new ReadOnlyStringWrapper(this, "applied");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper(this, "moving");
    /** The port could not open where it is (a remembered cluster gone): applying the same place again is allowed. */
    private final ReadOnlyBooleanWrapper broken = new ReadOnlyBooleanWrapper(this, "broken");
    private final StringBinding problem;
    private final StringBinding current;
    private final BooleanBinding canApply;
    /** The target of the move under way or waiting for idle jobs (null: this machine); meaningful while moving. */
    private String target;
    private boolean inFlight;

    /**
     * @param available whether this build has Spark ({@link Clusters#available()})
     * @param afterMove runs on the UI thread after each move, or after a failed one put the previous port back (the
     *                  status bar and the jobs panel ask the new port again)
     */
    public ClusterViewModel(SwitchingTraining port, ClusterPreference preference, boolean available,
                            BackgroundExecutor executor, Runnable afterMove) {
        this.port = port;
        this.preference = preference;
        this.executor = executor;
        this.afterMove = afterMove;
        this.available = available;
        applied.set(port.master());
        onCluster.set(port.master() != null);
        master.set(port.master() != null ? port.master() : preferredText());
        problem = Bindings.createStringBinding(() -> onCluster.get() ? problem(master.get()) : "", onCluster, master);
        current = Bindings.createStringBinding(() -> "Jobs train " + where(applied.get()) + ".", applied);
        canApply = Bindings.createBooleanBinding(() -> available && !moving.get() && problem.get().isEmpty()
                && (broken.get() || !java.util.Objects.equals(chosen(), applied.get())), onCluster, master, applied,
                moving, problem, broken);
        checkOpened();
        port.addListener(e -> {
            if (e instanceof RunEvent.Finished || e instanceof RunEvent.Failed || e instanceof RunEvent.Cancelled) {
                executor.onUiThread(this::retryWhenWaiting);
            }
        });
    }

    /** Asks (in the background) whether the port opened where it is; says so when it could not. */
    private void checkOpened() {
        executor.submit(port::device, d -> broken.set(false), e -> {
            broken.set(true);
            note.set("Jobs cannot train " + where(applied.get()) + ": " + e.getMessage()
                    + (applied.get() != null ? "; choose this machine, or apply again once the cluster answers." : "."));
        });
    }

    /** The remembered cluster to offer in the field when the jobs train here now. */
    private String preferredText() {
        String remembered = preference.master();
        return remembered != null ? remembered : "";
    }

    /** What is wrong with a typed master URL, in the command line's words; empty when it can be used. */
    static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "needs spark://HOST:PORT or local[N]";
        }
        try {
            new ClusterSettings(text.strip(), 1, Map.of());
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** "on this machine" or "on the Spark cluster at spark://…". */
    static String where(String master) {
        if (master == null) {
            return "on this machine";
        }
        return master.startsWith("local") ? "in Spark's local mode " + master + " on this machine"
                : "on the Spark cluster at " + master;
    }

    /** "to this machine" or "to the Spark cluster at spark://…". */
    static String to(String master) {
        if (master == null) {
            return "to this machine";
        }
        return master.startsWith("local") ? "to Spark's local mode " + master + " on this machine"
                : "to the Spark cluster at " + master;
    }

    private String chosen() {
        return onCluster.get() ? master.get().strip() : null;
    }

    // Commands //

    /** Moves the jobs to the chosen place: now when nothing trains, else once the jobs have ended. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        target = chosen();
        moving.set(true);
        note.set("Moving the jobs " + to(target) + "…");
        tryMove();
    }

    /** Gives up a move that waits for the jobs to end; where they train stays as it is. */
    public void keepCurrent() {
        if (moving.get() && !inFlight) {
            moving.set(false);
            note.set("Jobs stay " + where(applied.get()) + ".");
        }
    }

    private void retryWhenWaiting() {
        if (moving.get() && !inFlight) {
            tryMove();
        }
    }

    private void tryMove() {
        String dest = target;
        inFlight = true;
        executor.submit(() -> port.moveTo(dest, SETTLE_MILLIS), move -> {
            inFlight = false;
            if (move == SwitchingTraining.Move.MOVED) {
                moving.set(false);
                applied.set(dest);
                preference.master(dest);
                broken.set(false);
                note.set("Jobs now train " + where(dest) + "; every stored run stays.");
                afterMove.run();
            } else {
                note.set("Jobs are still queued or training: they move " + to(dest)
                        + " as soon as the last one ends (or cancel them in the Jobs tab).");
            }
        }, e -> {
            inFlight = false;
            moving.set(false);
            note.set("Cannot move the jobs " + to(dest) + ": " + e.getMessage() + "; they still train "
                    + where(applied.get()) + ".");
            afterMove.run();
            if (broken.get()) {
                checkOpened(); // the previous place, opened again, may be gone as well
            }
        });
    }

    // Properties //

    /** The user's choice: true for a Spark cluster, false for this machine. */
    public BooleanProperty onClusterProperty() {
        return onCluster;
    }

    /** The typed master URL: spark://HOST:PORT or local[N]. */
    public StringProperty masterProperty() {
        return master;
    }

    /** What is wrong with the typed URL (empty when nothing is, or when this machine is chosen). */
    public StringBinding problemProperty() {
        return problem;
    }

    /** "Jobs train on …": where they train now. */
    public StringBinding currentProperty() {
        return current;
    }

    /** The master URL the jobs train on now, or null for this machine. */
    public ReadOnlyStringProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** How the last move went, or that it waits for the jobs to end. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** A move is under way or waiting for the jobs to end. */
    public ReadOnlyBooleanProperty movingProperty() {
        return moving.getReadOnlyProperty();
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** Whether this build can train on a cluster at all. */
    public boolean available() {
        return available;
    }

    /** Why a cluster cannot be chosen in this build, as one sentence (the command line's words); empty when it can. */
    public String unavailableReason() {
        if (available) {
            return "";
        }
        return Character.toUpperCase(Clusters.NO_SPARK.charAt(0)) + Clusters.NO_SPARK.substring(1) + ".";
    }
}
