package org.scalelab.ui.runs;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.concurrent.BackgroundExecutor;

/**
 * The runs whose training curves are drawn, overlaid (at most {@value #MAX_RUNS}; showing one more drops the oldest):
 * each with its per-epoch loss and accuracies, from the run itself, or read from the store in the background. A run
 * still training gains an epoch as each one ends. FX thread only; holds no controls.
 */
public final class RunCurvesViewModel {
    public static final int MAX_RUNS = 6;

    /** One run's curves. */
    public record Curve(String runId, String title, List<EpochMetrics> epochs) {
        public Curve {
            epochs = List.copyOf(epochs);
        }
    }

    private final TrainingPort backend;
    private final BackgroundExecutor executor;
    private final ObservableList<Curve> curves = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public RunCurvesViewModel(TrainingPort backend, BackgroundExecutor executor) {
        this.backend = backend;
        this.executor = executor;
        backend.addListener(e -> {
            if (e instanceof RunEvent.EpochDone d) {
                executor.onUiThread(() -> epochDone(d.runId(), d.metrics()));
            }
        });
    }

    /**
     * Adds a run to the overlay (or refreshes it); {@code known} are the epochs at hand, and when there are none the
     * store is asked.
     */
    public void show(String runId, String title, List<EpochMetrics> known) {
        put(new Curve(runId, title, known));
        message.set("");
        if (known.isEmpty()) {
            executor.submit(() -> backend.find(runId).map(RunRecord::epochs).orElse(List.of()), list -> {
                if (indexOf(runId) >= 0) {
                    put(new Curve(runId, title, list));
                }
            }, e -> message.set("Cannot read the curves of " + title + ": " + e.getMessage()));
        }
    }

    /** Shows these runs alone. */
    public void showOnly(List<Curve> runs) {
        curves.clear();
        runs.forEach(c -> show(c.runId(), c.title(), c.epochs()));
    }

    public void remove(String runId) {
        int i = indexOf(runId);
        if (i >= 0) {
            curves.remove(i);
        }
    }

    public void clear() {
        curves.clear();
    }

    private void put(Curve c) {
        int i = indexOf(c.runId());
        if (i >= 0) {
            curves.set(i, c);
            return;
        }
        if (curves.size() >= MAX_RUNS) {
            curves.remove(0);
        }
        curves.add(c);
    }

    private void epochDone(String runId, EpochMetrics m) {
        int i = indexOf(runId);
        if (i >= 0) {
            Curve c = curves.get(i);
            List<EpochMetrics> epochs = new ArrayList<>(c.epochs());
            epochs.removeIf(e -> e.epoch() == m.epoch());
            epochs.add(m);
            curves.set(i, new Curve(runId, c.title(), epochs));
        }
    }

    private int indexOf(String runId) {
        for (int i = 0; i < curves.size(); i++) {
            if (curves.get(i).runId().equals(runId)) {
                return i;
            }
        }
        return -1;
    }

    public ObservableList<Curve> curves() {
        return curves;
    }

    /** Empty, or why a run's curves could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
