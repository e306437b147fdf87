package org.scalelab.ui.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.training.store.RunFilter;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The training panel's state: submits variants of the workbench to a {@link TrainingPort}, keeps one
 * {@link JobRow} per run from the port's events, and puts finished runs into {@link WorkbenchModel#runs()}
 * (their curves are {@link org.scalelab.ui.runs.RunCurvesViewModel}'s).
 * At start (and when the dataset changes) every stored done run of the current dataset is loaded there too.
 * Backend calls run through the {@link BackgroundExecutor}; events are handed to the FX thread, progress coalesced.
 */
public final class TrainingPanelViewModel {
    private final WorkbenchModel model;
    private final TrainingPort backend;
    private final BackgroundExecutor executor;
    private final LongSupplier nanoClock;

    private final ObservableList<JobRow> jobs = FXCollections.observableArrayList();
    private final Map<String, JobRow> byId = new LinkedHashMap<>();
    private final Map<String, RunEvent.Progress> pendingProgress = new ConcurrentHashMap<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "opening the experiment database…");
    private final ReadOnlyIntegerWrapper queued = new ReadOnlyIntegerWrapper(this, "queued", 0);
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final BooleanBinding canTrainSelected;
    private final BooleanBinding canTrainMany;

    public TrainingPanelViewModel(WorkbenchModel model, TrainingPort backend, BackgroundExecutor executor) {
        this(model, backend, executor, System::nanoTime);
    }

    /** @param nanoClock the clock ETAs are measured with (tests pass a fake one) */
    public TrainingPanelViewModel(WorkbenchModel model, TrainingPort backend, BackgroundExecutor executor,
                                  LongSupplier nanoClock) {
        this.model = model;
        this.backend = backend;
        this.executor = executor;
        this.nanoClock = nanoClock;
        canTrainSelected = Bindings.createBooleanBinding(() -> ready.get() && model.selectedProperty().get() != null,
                ready, model.selectedProperty());
        canTrainMany = Bindings.createBooleanBinding(() -> ready.get() && !model.gridProperty().get().isEmpty(),
                ready, model.gridProperty());
        backend.addListener(this::onBackendEvent);
        model.datasetProperty().addListener((o, a, b) -> loadStoredRuns());
        // The count follows the runs as they finish (and as the demo or the data change them).
        model.runs().addListener((javafx.collections.MapChangeListener<String, RunRecord>) c -> {
            if (ready.get()) {
                message.set(readyMessage());
            }
        });
        loadStoredRuns();
    }

    /** Loads the stored runs again: after the jobs moved (training may have been unavailable where they were). */
    public void reload() {
        loadStoredRuns();
    }

    private void loadStoredRuns() {
        String dataset = model.datasetProperty().get();
        executor.submit(() -> backend.runs(RunFilter.all().withStatus(RunStatus.DONE)).stream()
                .filter(r -> r.request().dataset().equals(dataset)).toList(), stored -> {
            for (RunRecord r : stored) {
                model.runs().put(r.id(), r);
            }
            ready.set(true);
            message.set(readyMessage());
        }, e -> {
            ready.set(false);
            message.set("training unavailable: " + e.getMessage());
        });
    }

    /** "ready · 28 runs for this data" (stored, finished this session or precomputed by the demo). */
    private String readyMessage() {
        int n = model.runs().size();
        return "ready · " + n + (n == 1 ? " run" : " runs") + " for this data";
    }

    // Commands //

    /** Trains the selected rule's variant at the current φ. */
    public void trainSelected() {
        Variant v = model.selectedProperty().get();
        if (v != null) {
            train(List.of(v));
        }
    }

    /** Trains every shown rule's variant at the current φ. */
    public void trainAcrossRules() {
        List<Variant> vs = new ArrayList<>();
        for (ScalingRule r : model.rules()) {
            Variant v = model.atPhiProperty().get().get(r);
            if (v != null) {
                vs.add(v);
            }
        }
        train(vs);
    }

    /** Trains every variant of the φ grid, all shown rules (the service trains the cheapest first). */
    public void trainSweep() {
        train(model.gridProperty().get());
    }

    /**
     * Submits each variant once per seed ({@link WorkbenchModel#requestsFor}), skipping duplicates (the same network
     * under two rules) and runs already listed as active.
     */
    public void train(Collection<Variant> variants) {
        Map<String, Pending> distinct = new LinkedHashMap<>();
        for (Variant v : variants) {
            for (RunRequest q : model.requestsFor(v)) {
                distinct.putIfAbsent(q.key(), new Pending(v, q));
            }
        }
        for (Map.Entry<String, Pending> e : distinct.entrySet()) {
            JobRow existing = byId.get(e.getKey());
            if (existing != null && existing.activeProperty().get()) {
                continue;
            }
            submit(e.getValue().variant(), e.getValue().request());
        }
    }

    private record Pending(Variant variant, RunRequest request) {
    }

    private void submit(Variant v, RunRequest request) {
        String id = request.key();
        JobRow row = new JobRow(id, title(request), request);
        replaceRow(row);
        row.state(JobRow.State.SUBMITTING, "submitting…");
        row.progress(-1);
        long params = v.cost().params();
        long macs = v.cost().macs();
        executor.submit(() -> WorkbenchTraining.submit(backend, request, params, macs), record -> {
            if (row.state() == JobRow.State.SUBMITTING) {
                if (record.status() == RunStatus.DONE) {
                    finished(row, record);
                } else {
                    row.state(JobRow.State.QUEUED, "queued");
                }
            }
            counts();
        }, e -> {
            row.state(JobRow.State.FAILED, "failed: " + e.getMessage());
            row.progress(0);
            counts();
        });
        counts();
    }

    private void replaceRow(JobRow row) {
        JobRow old = byId.put(row.runId(), row);
        if (old != null) {
            jobs.set(jobs.indexOf(old), row);
        } else {
            jobs.add(row);
        }
    }

    public void cancel(JobRow row) {
        if (row != null && row.activeProperty().get()) {
            row.state(row.state(), "cancelling…");
            executor.submit(() -> {
                backend.cancel(row.runId());
                return null;
            }, x -> { }, e -> message.set("cannot cancel: " + e.getMessage()));
        }
    }

    public void cancelAll() {
        executor.submit(() -> {
            backend.cancelAll();
            return null;
        }, x -> { }, e -> message.set("cannot cancel: " + e.getMessage()));
    }

    /** Removes finished, failed and cancelled rows from the list. */
    public void clearFinished() {
        jobs.removeIf(r -> !r.activeProperty().get());
        byId.values().removeIf(r -> !r.activeProperty().get());
    }

    // Events //

    private void onBackendEvent(RunEvent event) {
        if (event instanceof RunEvent.Progress p) {
            if (pendingProgress.put(p.runId(), p) == null) {
                executor.onUiThread(() -> {
                    RunEvent.Progress latest = pendingProgress.remove(p.runId());
                    if (latest != null) {
                        apply(latest);
                    }
                });
            }
        } else {
            executor.onUiThread(() -> apply(event));
        }
    }

    private void apply(RunEvent event) {
        JobRow row = byId.get(event.runId());
        if (row == null) {
            RunRequest request = event instanceof RunEvent.Queued q ? q.record().request() : null;
            row = new JobRow(event.runId(), request != null ? title(request) : "run " + event.runId(), request);
            replaceRow(row);
        }
        if (event instanceof RunEvent.Queued q) {
            row.request(q.record().request());
            row.epochsMutable().clear();
            row.epochsMutable().addAll(q.record().epochs());
            row.state(JobRow.State.QUEUED, "queued");
            row.progress(-1);
        } else if (event instanceof RunEvent.Started s) {
            row.startedNanos(nanoClock.getAsLong());
            row.state(JobRow.State.RUNNING, s.resuming() ? "resuming…" : "starting…");
        } else if (event instanceof RunEvent.Progress p) {
            progress(row, p);
        } else if (event instanceof RunEvent.EpochDone d) {
            row.epochsMutable().add(d.metrics());
        } else if (event instanceof RunEvent.Finished f) {
            RunRequest q = row.request();
            if (q != null) {
                long now = System.currentTimeMillis();
                finished(row, new RunRecord(row.runId(), q, RunStatus.DONE, row.epochsMutable(), f.result(), null,
                        now, now));
            } else {
                row.state(JobRow.State.DONE, "done · " + percent(f.result().testAccuracy()));
                row.progress(1);
            }
        } else if (event instanceof RunEvent.Failed f) {
            row.state(JobRow.State.FAILED, "failed: " + f.reason());
            row.progress(0);
        } else if (event instanceof RunEvent.Cancelled) {
            row.state(JobRow.State.CANCELLED, "cancelled");
            row.progress(0);
        }
        counts();
    }

    private void progress(JobRow row, RunEvent.Progress p) {
        if (row.state() != JobRow.State.RUNNING) {
            row.state(JobRow.State.RUNNING, "");
        }
        if (row.startedNanos() < 0) {
            row.startedNanos(nanoClock.getAsLong());
        }
        int total = Math.max(1, p.epochs() * p.iterationsPerEpoch());
        double done = Math.min(1, ((p.epoch() - 1) * (double) p.iterationsPerEpoch() + p.iteration()) / total);
        row.progress(done);
        double elapsed = (nanoClock.getAsLong() - row.startedNanos()) / 1e9;
        row.eta(done > 0.02 && elapsed > 0 ? eta(elapsed * (1 - done) / done) : "estimating…");
        row.state(JobRow.State.RUNNING, String.format(Locale.ROOT, "epoch %d/%d · loss %.3f", p.epoch(), p.epochs(),
                p.loss()));
    }

    private void finished(JobRow row, RunRecord record) {
        row.state(JobRow.State.DONE, "done · " + percent(record.result().testAccuracy()));
        row.progress(1);
        model.runs().put(record.id(), record);
    }

    private void counts() {
        int q = 0;
        int r = 0;
        for (JobRow row : jobs) {
            switch (row.state()) {
                case SUBMITTING, QUEUED -> q++;
                case RUNNING -> r++;
                default -> { }
            }
        }
        queued.set(q);
        running.set(r);
    }

    // Formatting //

    static String title(RunRequest q) {
        String phi = Double.isNaN(q.phi()) ? "" : String.format(Locale.ROOT, " φ=%.2f", q.phi());
        return q.baseline() + " · " + q.rule() + phi + " · " + q.spec().input().resolution() + " px · seed "
                + q.recipe().seed();
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    static String eta(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return "about " + s + " s left";
        }
        if (s < 3600) {
            return "about " + s / 60 + " min " + s % 60 + " s left";
        }
        return "about " + s / 3600 + " h " + (s % 3600) / 60 + " min left";
    }

    // Properties //

    /** Runs per variant: each train command queues seeds recipe.seed … seed + N − 1 of every variant. */
    public javafx.beans.property.IntegerProperty seedsProperty() {
        return model.seedsProperty();
    }

    public ObservableList<JobRow> jobs() {
        return jobs;
    }

    /** The database is open and stored runs are loaded: training commands are possible. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public BooleanBinding canTrainSelectedProperty() {
        return canTrainSelected;
    }

    public BooleanBinding canTrainManyProperty() {
        return canTrainMany;
    }

    /** A one-line note: stored runs loaded, or why training is unavailable. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty queuedProperty() {
        return queued.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

}
