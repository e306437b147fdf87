package org.scalelab.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalelab.domain.search.CandidateNetwork;
import org.scalelab.domain.search.CandidateOutcome;
import org.scalelab.domain.search.Evaluation;
import org.scalelab.domain.search.HalvingPlan;
import org.scalelab.domain.search.Rung;
import org.scalelab.domain.search.SearchEvent;
import org.scalelab.domain.search.SearchResult;
import org.scalelab.domain.search.SearchSpace;
import org.scalelab.format.Numbers;
import org.scalelab.format.SearchText;
import org.scalelab.training.search.CoefficientSearch;
import org.scalelab.training.search.ScoreSource;
import org.scalelab.training.search.SearchJob;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.service.RunListener;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.training.WorkbenchTraining;

/**
 * Follows one search at a time, without controls: the table's rows (one per distinct network), the plan's rung lines,
 * the chart's points, progress, status, the run in flight, and the result with its winner. {@link #start} runs a
 * {@link CoefficientSearch} on a background thread, the CLI's {@code search} on the same training port (the same
 * runs, cached in the database), and follows its events rung by rung and its runs' progress; {@link #cancel} stops
 * it.
 * FX thread only; background work goes through the {@link BackgroundExecutor} (whose threads the search's driver
 * occupies while it waits for runs).
 */
public final class SearchTracker {
    private final TrainingPort training;
    private final BackgroundExecutor executor;

    private final ReadOnlyStringWrapper context = new ReadOnlyStringWrapper(this, "context", "");
    private final ObservableList<RungRow> rungs = FXCollections.observableArrayList();
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final Map<Integer, SearchRow> rowByNetwork = new HashMap<>();
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<double[]> alphaRange = new ReadOnlyObjectWrapper<>(this, "alphaRange", new double[] {1, 2});
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyObjectWrapper<SearchResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyIntegerWrapper winnerNetwork = new ReadOnlyIntegerWrapper(this, "winnerNetwork", -1);
    private final ReadOnlyStringWrapper winnerText = new ReadOnlyStringWrapper(this, "winnerText", "");
    private Search current;

    /**
     * One search: its job, its driver and what its events have told so far. Touched on the FX thread only, but
     * {@link #runs} and {@link #latestProgress}, which the search's and the port's threads fill.
     */
    private final class Search {
        final SearchJob job;
        final SearchPreview preview;
        final CoefficientSearch driver;
        /** Its runs' ids, known before each is submitted: the port's events of other runs are not its own. */
        final Set<String> runs = ConcurrentHashMap.newKeySet();
        final RunListener listener = e -> {
            if (runs.contains(e.runId())) {
                onRunEvent(this, e);
            }
        };
        final Map<String, String> labels = new HashMap<>();
        final Map<String, RunEvent.Progress> latestProgress = new ConcurrentHashMap<>();
        final Map<String, Double> partialEpochs = new HashMap<>();
        final Map<Integer, List<Integer>> rungNetworks = new HashMap<>();
        long epochsDone;
        /** The status line once it ended. */
        String finalStatus;
        String firstFailure;
        int failures;

        Search(SearchJob job, SearchPreview preview) {
            this.job = job;
            this.preview = preview;
            this.driver = new CoefficientSearch(training);
        }
    }

    SearchTracker(TrainingPort training, BackgroundExecutor executor) {
        this.training = training;
        this.executor = executor;
    }

    /** Whether the result shown is that of a search of this preview's space and settings, selecting on {@code score}. */
    boolean showsResultOf(SearchPreview p, ScoreSource score) {
        SearchResult r = result.get();
        return r != null && current != null && r.space().equals(p.space()) && current.job.settings().equals(p.settings())
                && current.job.score() == score;
    }

    /** The status line of the search that ended, shown again when the form returns to it. */
    String finalStatus() {
        return current == null ? null : current.finalStatus;
    }

    /** What a search of this space would train, before it runs: every network untrained, the plan's rung lines. */
    void show(SearchSpace space, HalvingPlan plan, int seeds, String contextText) {
        clearResult();
        context.set(contextText);
        showSpace(space, plan, seeds);
    }

    void status(String text) {
        status.set(text);
    }

    private void clearResult() {
        result.set(null);
        winnerNetwork.set(-1);
        winnerText.set("");
        activity.set("");
        progress.set(0);
        points.clear();
    }

    private void showSpace(SearchSpace space, HalvingPlan plan, int seeds) {
        List<SearchRow> list = new ArrayList<>(space.networks().size());
        for (CandidateNetwork n : space.networks()) {
            SearchRow row = new SearchRow(n, plan.rungs().size());
            row.status(plan.rungs().isEmpty() ? "" : "not trained yet");
            list.add(row);
        }
        rows.setAll(list);
        rowByNetwork.clear();
        list.forEach(r -> rowByNetwork.put(r.index(), r));
        List<RungRow> lines = new ArrayList<>();
        for (Rung r : plan.rungs()) {
            lines.add(new RungRow(Integer.toString(r.index() + 1), r.candidates(), r.epochs(), r.epochCost(),
                    SearchMessages.next(r, seeds)));
        }
        if (seeds > 1 && !plan.rungs().isEmpty()) {
            int extra = plan.finalists() * (seeds - 1);
            lines.add(new RungRow("seeds", plan.finalists(), plan.schedule().maxEpochs(),
                    (long) extra * plan.schedule().maxEpochs(), (seeds - 1) + " more seed" + (seeds > 2 ? "s" : "")
                    + " each: " + extra + " runs"));
        }
        rungs.setAll(lines);
        double lo = space.grid().alpha().min();
        double hi = space.grid().alpha().max();
        alphaRange.set(new double[] {lo, hi > lo ? hi : lo + 1});
    }

    /** Starts a search of this job, as previewed; its runs are filed under the workbench's experiment. */
    void start(SearchJob job, SearchPreview preview, String contextText) {
        Search s = new Search(job, preview);
        current = s;
        show(job.space(), preview.plan(), job.settings().seeds(), contextText);
        running.set(true);
        cancelling.set(false);
        status.set("Starting: " + Numbers.plural(preview.plannedRuns(), "run", "runs") + " planned…");
        training.addListener(s.listener);
        executor.submit(() -> {
            try {
                SearchJob filed = job.inExperiment(WorkbenchTraining.experiment(training));
                return s.driver.run(filed, e -> {
                    if (e instanceof SearchEvent.RunQueued q) {
                        s.runs.add(q.runId());
                    }
                    executor.onUiThread(() -> onSearchEvent(s, e));
                });
            } finally {
                training.removeListener(s.listener);
            }
        }, r -> finished(s, r), e -> failed(s, e));
    }

    private SearchRow row(int network) {
        return rowByNetwork.get(network);
    }

    private void onSearchEvent(Search s, SearchEvent e) {
        if (s != current) {
            return;
        }
        HalvingPlan plan = s.preview.plan();
        if (e instanceof SearchEvent.RungStarted st) {
            int k = st.rung().index();
            s.rungNetworks.put(k, st.networks());
            rungs.get(k).status("training: 0 of " + st.networks().size() + " done");
            for (int i : st.networks()) {
                row(i).status("training in rung " + (k + 1));
            }
            status.set(String.format(Locale.ROOT, "Rung %d of %d: %s × %s each", k + 1, plan.rungs().size(),
                    Numbers.plural(st.networks().size(), "network", "networks"),
                    Numbers.plural(st.rung().epochs(), "epoch", "epochs")));
        } else if (e instanceof SearchEvent.RunQueued q) {
            s.labels.put(q.runId(), SearchMessages.label(q.request().network(), q.request().epochs(),
                    q.request().replicate()));
        } else if (e instanceof SearchEvent.Evaluated v) {
            evaluated(s, v);
        } else if (e instanceof SearchEvent.RungFinished f) {
            int k = f.rung().index();
            rungs.get(k).status("done: best " + f.promoted().size() + " go on");
            Set<Integer> promoted = new HashSet<>(f.promoted());
            for (int i : s.rungNetworks.getOrDefault(k, List.of())) {
                SearchRow row = row(i);
                if (promoted.contains(i)) {
                    row.status("goes on to rung " + (k + 2));
                } else if (!row.statusProperty().get().startsWith("failed")) {
                    row.status("stopped after rung " + (k + 1));
                }
            }
        } else if (e instanceof SearchEvent.SeedsStarted ss) {
            if (!plan.rungs().isEmpty()) {
                rungs.get(plan.last().index()).status("done");
            }
            RungRow seeds = rungs.get(rungs.size() - 1);
            seeds.status("training: 0 of " + ss.networks().size() * (ss.seeds() - 1) + " done");
            status.set(String.format(Locale.ROOT, "Finalists: %d more seed%s each, for mean and spread", ss.seeds() - 1,
                    ss.seeds() > 2 ? "s" : ""));
        }
    }

    private void evaluated(Search s, SearchEvent.Evaluated v) {
        Evaluation ev = v.evaluation();
        SearchRow row = row(ev.network());
        s.partialEpochs.remove(ev.runId());
        s.epochsDone = v.progress().epochsDone();
        int k = ev.request().rung();
        RungRow line = ev.request().replicate() == 0 ? rungs.get(k) : rungs.get(rungs.size() - 1);
        if (ev.status() != Evaluation.Status.CANCELLED) {
            line.done(line.doneProperty().get() + 1);
            int planned = ev.request().replicate() == 0 ? s.preview.plan().rungs().get(k).candidates()
                    : s.preview.plan().finalists() * (s.job.settings().seeds() - 1);
            line.status(line.doneProperty().get() >= planned ? "done" : "training: " + line.doneProperty().get()
                    + " of " + planned + " done");
        }
        if (ev.request().replicate() == 0) {
            row.accuracy(k, ev.ok() ? ev.accuracy() : Double.NaN);
            if (ev.ok()) {
                points.add(new ChartPoint(ev.network(), k, ev.request().epochs(), ev.request().network().macs(),
                        ev.accuracy(), row.coefficients().alpha(), SearchText.triple(row.coefficients())));
            }
        } else if (ev.ok()) {
            row.seed(ev.accuracy());
        }
        String label = s.labels.getOrDefault(ev.runId(), SearchMessages.label(ev.request().network(),
                ev.request().epochs(), ev.request().replicate()));
        if (ev.ok()) {
            row.status("trained in rung " + (k + 1) + (ev.cached() ? " (from the database)" : ""));
            activity.set("Last: " + label + " → " + Numbers.percent(ev.accuracy()) + " " + s.job.score().id()
                    + " accuracy" + (ev.cached() ? ", answered from the database" : ""));
        } else if (ev.status() == Evaluation.Status.FAILED) {
            s.failures++;
            if (s.firstFailure == null) {
                s.firstFailure = ev.failure();
            }
            row.status("failed: " + ev.failure());
            activity.set("Failed: " + label + ": " + ev.failure());
        }
        progress.set(fraction(s));
    }

    /** On the port's threads: a run of this search started or made progress. */
    private void onRunEvent(Search s, RunEvent e) {
        if (e instanceof RunEvent.Progress p) {
            if (s.latestProgress.put(p.runId(), p) == null) {
                executor.onUiThread(() -> {
                    RunEvent.Progress latest = s.latestProgress.remove(p.runId());
                    if (latest != null) {
                        showProgress(s, latest);
                    }
                });
            }
        } else if (e instanceof RunEvent.Started st) {
            executor.onUiThread(() -> {
                if (s == current && running.get()) {
                    activity.set("Training " + s.labels.getOrDefault(st.runId(), "run " + st.runId())
                            + (st.resuming() ? ", resuming after its last saved epoch" : "") + "…");
                }
            });
        }
    }

    private void showProgress(Search s, RunEvent.Progress p) {
        if (s != current || !running.get()) {
            return;
        }
        double partial = p.epoch() - 1 + p.iteration() / (double) Math.max(1, p.iterationsPerEpoch());
        s.partialEpochs.put(p.runId(), Math.max(0, Math.min(p.epochs(), partial)));
        activity.set(String.format(Locale.ROOT, "Training %s: epoch %d/%d · loss %.3f",
                s.labels.getOrDefault(p.runId(), "run " + p.runId()),
                p.epoch(), p.epochs(), p.loss()));
        progress.set(fraction(s));
    }

    private static double fraction(Search s) {
        double planned = s.preview.plannedEpochs();
        if (planned <= 0) {
            return 1;
        }
        double partial = s.partialEpochs.values().stream().mapToDouble(Double::doubleValue).sum();
        return Math.min(1, (s.epochsDone + partial) / planned);
    }

    private void finished(Search s, SearchResult r) {
        if (s != current) {
            return;
        }
        running.set(false);
        cancelling.set(false);
        result.set(r);
        HalvingPlan plan = r.plan();
        for (CandidateOutcome o : r.ranking()) {
            SearchRow row = row(o.network().index());
            row.rank(o.rank());
            row.score(o.score());
            row.finalAccuracy(o.stoppedAtRung() == plan.last().index() ? o.accuracy() : null);
            row.testAccuracy(o.testAccuracy() == null ? Double.NaN : o.testAccuracy().mean());
            row.status(SearchMessages.stopped(o, plan, r.cancelled()));
        }
        rows.sort(Comparator.comparingInt((SearchRow row) -> row.rankProperty().get() == 0 ? Integer.MAX_VALUE
                : row.rankProperty().get()));
        for (RungRow line : rungs) {
            if (!line.statusProperty().get().equals("done")) {
                line.status(r.cancelled() ? (line.doneProperty().get() > 0 ? "cancelled after "
                        + line.doneProperty().get() + " done" : "cancelled") : "done");
            }
        }
        String summary = SearchMessages.summary(r, s.failures, s.firstFailure);
        r.winner().ifPresentOrElse(o -> {
            winnerNetwork.set(o.network().index());
            row(o.network().index()).winner(true);
            winnerText.set(SearchMessages.winner(o, r, s.job.score()));
            status.set("Done in " + Numbers.duration(r.seconds()) + ": " + summary + ".");
            progress.set(1);
        }, () -> {
            if (r.cancelled()) {
                status.set("Cancelled: the table ranks what finished; no winner. " + summary + ".");
            } else {
                status.set("No winner: no finalist has a result. " + summary + ".");
                progress.set(1);
            }
        });
        activity.set("");
        s.finalStatus = status.get();
    }

    private void failed(Search s, Throwable e) {
        if (s != current) {
            return;
        }
        running.set(false);
        cancelling.set(false);
        activity.set("");
        status.set("The search stopped: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
        s.finalStatus = status.get();
    }

    /** Cancels the running search: its queued and running runs are cancelled; the result is partial. */
    public void cancel() {
        Search s = current;
        if (s == null || !running.get() || cancelling.get()) {
            return;
        }
        cancelling.set(true);
        status.set("Cancelling: stopping the runs in flight…");
        executor.submit(() -> {
            s.driver.cancel();
            return null;
        }, x -> { }, e -> status.set("Cannot cancel: " + e.getMessage()));
    }

    /** What the search starts from: baseline, rounding, dataset, recipe. */
    public ReadOnlyStringProperty contextProperty() {
        return context.getReadOnlyProperty();
    }

    /** The halving plan, one line per rung (and one for extra seeds), with live progress. */
    public ObservableList<RungRow> rungs() {
        return rungs;
    }

    /** One row per distinct network; ranked best first once a search ends. */
    public ObservableList<SearchRow> rows() {
        return rows;
    }

    /** Every run that ended with an accuracy, for the chart. */
    public ObservableList<ChartPoint> points() {
        return points;
    }

    /** α's range on the grid, for the chart's colour scale. */
    public ReadOnlyObjectProperty<double[]> alphaRangeProperty() {
        return alphaRange.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** Share of the planned epochs done, runs in flight counted by their progress. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The search's phase, or why nothing can run. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The run in flight (epoch, loss) or the last one that ended. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SearchResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The winner's network index; -1 when there is none (yet). */
    public ReadOnlyIntegerProperty winnerNetworkProperty() {
        return winnerNetwork.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty winnerTextProperty() {
        return winnerText.getReadOnlyProperty();
    }
}
