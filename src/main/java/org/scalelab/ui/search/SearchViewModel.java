package org.scalelab.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.search.CandidateNetwork;
import org.scalelab.domain.search.CandidateOutcome;
import org.scalelab.domain.search.Evaluation;
import org.scalelab.domain.search.HalvingPlan;
import org.scalelab.domain.search.Objective;
import org.scalelab.domain.search.Rung;
import org.scalelab.domain.search.SearchEvent;
import org.scalelab.domain.search.SearchResult;
import org.scalelab.domain.search.SearchSpace;
import org.scalelab.domain.search.SuccessiveHalving;
import org.scalelab.training.Recipe;
import org.scalelab.training.search.ScoreSource;
import org.scalelab.training.search.SearchJob;
import org.scalelab.training.service.RunEvent;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.training.TrainingBackend;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The "Find α, β, γ" window's state, without controls. The form (grid, constraint, halving schedule, ranking,
 * seeds) is checked on every change; a valid form is previewed in the background (candidates, distinct networks,
 * their φ = 1 cost, the halving plan and its cost), latest change wins; a form with a problem shows the reason in
 * place and is never applied. {@link #run} drives the domain's {@link SuccessiveHalving} on a background thread
 * over a {@link BackendSearchEvaluator} (the same runs as the CLI's {@code search}, cached in the database), and
 * follows its events rung by rung; {@link #cancel} stops it; {@link #applyWinner} sets the workbench's α, β, γ.
 *
 * <p>It reads the baseline, rounding policy, recipe and dataset of the {@link WorkbenchModel} and writes only its
 * coefficients. FX thread only; background work goes through the {@link BackgroundExecutor} (whose threads the
 * search's driver occupies while it waits for runs).
 */
public final class SearchViewModel {
    private final WorkbenchModel model;
    private final TrainingBackend backend;
    private final BackgroundExecutor executor;
    private final BackendSearchEvaluator.Router router = new BackendSearchEvaluator.Router();
    private final SearchPreview.Computer computer = new SearchPreview.Computer();
    private final AtomicLong previewGeneration = new AtomicLong();

    // The form //
    private final Map<SearchField, StringProperty> texts = new EnumMap<>(SearchField.class);
    private final BooleanProperty trainFully = new SimpleBooleanProperty(this, "trainFully", false);
    private final ObjectProperty<Objective.Kind> ranking = new SimpleObjectProperty<>(this, "ranking", Objective.Kind.ACCURACY);
    private final ObjectProperty<ScoreSource> selectOn = new SimpleObjectProperty<>(this, "selectOn", ScoreSource.VALIDATION);
    private final Map<SearchField, ReadOnlyStringWrapper> fieldErrors = new EnumMap<>(SearchField.class);
    private final Map<SearchGroup, ReadOnlyStringWrapper> groupErrors = new EnumMap<>(SearchGroup.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);

    // The preview //
    private final ReadOnlyObjectWrapper<SearchPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper previewPending = new ReadOnlyBooleanWrapper(this, "previewPending", false);
    private final ReadOnlyStringWrapper context = new ReadOnlyStringWrapper(this, "context", "");
    private final ReadOnlyStringWrapper candidatesText = new ReadOnlyStringWrapper(this, "candidatesText", "");
    private final ReadOnlyStringWrapper planText = new ReadOnlyStringWrapper(this, "planText", "");
    private final ReadOnlyStringWrapper objectiveText = new ReadOnlyStringWrapper(this, "objectiveText", "");
    private final ReadOnlyStringWrapper defaultTargetText = new ReadOnlyStringWrapper(this, "defaultTargetText", "");
    private final ObservableList<RungRow> rungs = FXCollections.observableArrayList();
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<double[]> alphaRange = new ReadOnlyObjectWrapper<>(this, "alphaRange", new double[] {1, 2});

    // The search //
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyObjectWrapper<SearchResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyIntegerWrapper winnerNetwork = new ReadOnlyIntegerWrapper(this, "winnerNetwork", -1);
    private final ReadOnlyStringWrapper winnerText = new ReadOnlyStringWrapper(this, "winnerText", "");
    private final BooleanBinding canRun;
    private final BooleanBinding canApplyWinner;
    /** What the rows and plan lines show: the preview's space, or the search's while one runs or its result shows. */
    private SearchSpace shown;
    private Search current;

    /**
     * One search: its job, its evaluator and what its events have told so far. Touched on the FX thread only, but
     * {@link #latestProgress}, which the backend's threads fill.
     */
    private final class Search {
        final SearchJob job;
        final SearchPreview preview;
        final BackendSearchEvaluator evaluator;
        final long start = System.nanoTime();
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
            this.evaluator = new BackendSearchEvaluator(backend, router, job, e -> onRunEvent(this, e));
        }
    }

    public SearchViewModel(WorkbenchModel model, TrainingBackend backend, BackgroundExecutor executor) {
        this.model = model;
        this.backend = backend;
        this.executor = executor;
        backend.addListener(router);
        for (SearchField f : SearchField.values()) {
            StringProperty p = new SimpleStringProperty(this, f.name(), f.defaultText());
            p.addListener(o -> refresh());
            texts.put(f, p);
            fieldErrors.put(f, new ReadOnlyStringWrapper(this, f.name() + "Error", ""));
        }
        for (SearchGroup g : SearchGroup.values()) {
            groupErrors.put(g, new ReadOnlyStringWrapper(this, g.name() + "Error", ""));
        }
        trainFully.addListener(o -> refresh());
        ranking.addListener(o -> refresh());
        selectOn.addListener(o -> refresh());
        model.baselineProperty().addListener(o -> refresh());
        model.policyProperty().addListener(o -> refresh());
        model.recipeProperty().addListener(o -> refresh());
        model.datasetProperty().addListener(o -> refresh());
        canRun = Bindings.createBooleanBinding(() -> valid.get() && !previewPending.get() && !running.get()
                        && preview.get() != null && !preview.get().space().isEmpty(),
                valid, previewPending, running, preview);
        canApplyWinner = Bindings.createBooleanBinding(() -> !running.get() && winnerNetwork.get() >= 0,
                running, winnerNetwork);
        refresh();
    }

    // The form //

    /** The form as it stands. */
    public SearchInputs inputs() {
        Map<SearchField, String> t = new EnumMap<>(SearchField.class);
        texts.forEach((f, p) -> t.put(f, p.get() == null ? "" : p.get()));
        return new SearchInputs(t, trainFully.get(), ranking.get(), selectOn.get());
    }

    private void refresh() {
        SearchInputs.Checked checked = inputs().check(model.recipeProperty().get());
        for (SearchField f : SearchField.values()) {
            fieldErrors.get(f).set(checked.fieldErrors().getOrDefault(f, ""));
        }
        for (SearchGroup g : SearchGroup.values()) {
            groupErrors.get(g).set(checked.groupErrors().getOrDefault(g, ""));
        }
        valid.set(checked.valid());
        long generation = previewGeneration.incrementAndGet();
        if (!checked.valid()) {
            previewPending.set(false);
            if (!running.get()) {
                status.set("Fix the inputs marked in red; until then nothing changes and nothing can run.");
            }
            return;
        }
        previewPending.set(true);
        var baseline = model.baselineProperty().get();
        var policy = model.policyProperty().get();
        executor.submit(() -> computer.compute(baseline, policy, checked), p -> {
            if (previewGeneration.get() == generation) {
                previewPending.set(false);
                showPreview(p);
            }
        }, e -> {
            if (previewGeneration.get() == generation) {
                previewPending.set(false);
                groupErrors.get(SearchGroup.GRID).set("cannot enumerate this grid: " + e.getMessage());
                valid.set(false);
            }
        });
    }

    private void showPreview(SearchPreview p) {
        preview.set(p);
        SearchSpace space = p.space();
        defaultTargetText.set(SearchFormat.thousands(Objective.defaultTarget(space.baselineCost().macs(),
                space.constraint().target())));
        candidatesText.set(candidatesText(space));
        planText.set(planText(p));
        objectiveText.set(objectiveText(p.settings().objective(), selectOn.get(), space));
        if (running.get()) {
            return; // the rows and the plan belong to the running search
        }
        SearchResult r = result.get();
        if (r != null && r.space().equals(space) && current != null && current.job.settings().equals(p.settings())
                && current.job.score() == selectOn.get()) {
            status.set(current.finalStatus); // the result shown is still the result of this form
            return;
        }
        clearResult();
        context.set(context(model.recipeProperty().get(), model.datasetProperty().get(), space));
        showSpace(space, p.plan(), p.settings().seeds());
        status.set(space.isEmpty() ? "No candidate: nothing to train." : "Ready: " + SearchFormat.plural(p.plannedRuns(),
                "run", "runs") + " of " + SearchFormat.plural(p.plannedEpochs(), "epoch", "epochs")
                + " (runs already in the database are not trained again).");
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
        shown = space;
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
            String next = r.last() ? (seeds > 1 && r.candidates() > 0 ? "finalists: more seeds" : "ranked: the best wins")
                    : "best " + r.promoted() + " go on";
            lines.add(new RungRow(Integer.toString(r.index() + 1), r.candidates(), r.epochs(), r.epochCost(), next));
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

    static String candidatesText(SearchSpace space) {
        String constraint = String.format(Locale.ROOT, "|α·β²·γ² − %s| ≤ %s",
                SearchFormat.coefficient(space.constraint().target()), SearchFormat.coefficient(space.constraint().tolerance()));
        if (space.isEmpty()) {
            return String.format(Locale.ROOT, "None of the %,d grid points meets %s: widen the grid or the tolerance.",
                    space.gridPoints(), constraint);
        }
        int triples = space.candidates().size();
        int networks = space.networks().size();
        String head = String.format(Locale.ROOT, "%,d of %,d grid points meet %s: ", triples, space.gridPoints(), constraint);
        if (space.duplicates() == 0) {
            return head + SearchFormat.plural(triples, "candidate", "candidates") + ", each a distinct network.";
        }
        return head + String.format(Locale.ROOT, "%s round to %s (%s; each network trains once).",
                SearchFormat.plural(triples, "candidate", "candidates"),
                SearchFormat.plural(networks, "distinct network", "distinct networks"),
                SearchFormat.plural(space.duplicates(), "duplicate", "duplicates"));
    }

    static String planText(SearchPreview p) {
        if (p.space().isEmpty()) {
            return "";
        }
        int n = p.space().networks().size();
        String seeds = p.settings().seeds() > 1 ? String.format(Locale.ROOT, ", the finalists' %d extra seeds included",
                p.settings().seeds() - 1) : "";
        String halving = p.plan().rungs().size() == 1 ? "every network trains fully"
                : String.format(Locale.ROOT, "training all %d fully would take %,d", n, p.fullEpochs());
        return String.format(Locale.ROOT, "In all: %s, %s%s (%s) ≈ %.0f baseline epochs of compute by MACs.",
                SearchFormat.plural(p.plannedRuns(), "run", "runs"), SearchFormat.plural(p.plannedEpochs(), "epoch", "epochs"),
                seeds, halving, p.baselineEpochs());
    }

    static String objectiveText(Objective o, ScoreSource source, SearchSpace space) {
        String on = source == ScoreSource.VALIDATION ? "validation accuracy (images held out of the training split)"
                : "test accuracy";
        if (o.kind() == Objective.Kind.ACCURACY) {
            return "Ranking by " + on + ".";
        }
        return String.format(Locale.ROOT, "Ranking by ACC·(MACs/T)^w on the %s, w = %s, T = %s MACs (%s × the baseline's).",
                source.id() + " accuracy", SearchFormat.coefficient(o.weight()), SearchFormat.thousands(o.targetMacs()),
                String.format(Locale.ROOT, "%.3g", o.targetMacs() / (double) space.baselineCost().macs()));
    }

    static String context(Recipe r, String dataset, SearchSpace space) {
        String size = r.trainSize() == 0 ? "all training images" : SearchFormat.thousands(r.trainSize()) + " training images";
        return String.format(Locale.ROOT, "%s (%s params, %s MACs) · %s rounding · %s · batch %d, %s, lr %s, %s, seed %d, "
                        + "%s, %.0f%% held out for validation · each rung trains from scratch with its own epochs",
                space.baseline().name(), SearchFormat.count(space.baselineCost().params()),
                SearchFormat.count(space.baselineCost().macs()), space.policy().name(), dataset, r.batchSize(),
                r.optimizer().name(), SearchFormat.coefficient(r.learningRate()), r.schedule().name(), r.seed(), size,
                100 * r.validationFraction());
    }

    // The search //

    /** Starts the search of the current preview, unless the form has a problem or a search runs. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        SearchPreview p = preview.get();
        SearchJob job;
        try {
            job = new SearchJob(p.space(), p.settings(), model.datasetProperty().get(), model.recipeProperty().get(),
                    selectOn.get(), 0);
        } catch (IllegalArgumentException e) {
            status.set("Cannot search: " + e.getMessage());
            return;
        }
        start(new Search(job, p));
    }

    private void start(Search s) {
        current = s;
        clearResult();
        context.set(context(s.job.recipe(), s.job.dataset(), s.job.space()));
        showSpace(s.job.space(), s.preview.plan(), s.job.settings().seeds());
        running.set(true);
        cancelling.set(false);
        status.set("Starting: " + SearchFormat.plural(s.preview.plannedRuns(), "run", "runs") + " planned…");
        SuccessiveHalving halving = new SuccessiveHalving(s.job.space(), s.job.settings());
        executor.submit(() -> halving.run(s.evaluator, e -> executor.onUiThread(() -> onSearchEvent(s, e)),
                s.evaluator::cancelled), r -> finished(s, r), e -> failed(s, e));
    }

    private final Map<Integer, SearchRow> rowByNetwork = new HashMap<>();

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
                    SearchFormat.plural(st.networks().size(), "network", "networks"),
                    SearchFormat.plural(st.rung().epochs(), "epoch", "epochs")));
        } else if (e instanceof SearchEvent.RunQueued q) {
            s.labels.put(q.runId(), label(q.request().network(), q.request().epochs(), q.request().replicate()));
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
                        ev.accuracy(), row.coefficients().alpha(), SearchFormat.triple(row.coefficients())));
            }
        } else if (ev.ok()) {
            row.seed(ev.accuracy());
        }
        String label = s.labels.getOrDefault(ev.runId(), label(ev.request().network(), ev.request().epochs(),
                ev.request().replicate()));
        if (ev.ok()) {
            row.status("trained in rung " + (k + 1) + (ev.cached() ? " (from the database)" : ""));
            activity.set("Last: " + label + " → " + SearchFormat.percent(ev.accuracy()) + " " + s.job.score().id()
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

    /** On the backend's threads: a run of this search started or made progress. */
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

    private static String label(CandidateNetwork n, int epochs, int replicate) {
        return String.format(Locale.ROOT, "network %d (%s), %s%s", n.index() + 1, SearchFormat.triple(n.representative()),
                SearchFormat.plural(epochs, "epoch", "epochs"), replicate > 0 ? ", seed +" + replicate : "");
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
            row.status(stoppedText(o, plan, r.cancelled()));
        }
        rows.sort(Comparator.comparingInt((SearchRow row) -> row.rankProperty().get() == 0 ? Integer.MAX_VALUE
                : row.rankProperty().get()));
        for (RungRow line : rungs) {
            if (!line.statusProperty().get().equals("done")) {
                line.status(r.cancelled() ? (line.doneProperty().get() > 0 ? "cancelled after "
                        + line.doneProperty().get() + " done" : "cancelled") : "done");
            }
        }
        Optional<CandidateOutcome> w = r.winner();
        String summary = SearchFormat.plural(r.runs(), "run", "runs") + (r.cachedRuns() > 0
                ? ", " + r.cachedRuns() + " answered from the database" : "") + (s.failures > 0
                ? ", " + SearchFormat.plural(s.failures, "failure", "failures") + " (first: " + s.firstFailure + ")" : "");
        if (w.isPresent()) {
            CandidateOutcome o = w.get();
            winnerNetwork.set(o.network().index());
            row(o.network().index()).winner(true);
            winnerText.set(String.format(Locale.ROOT, "Winner: %s · %s %s accuracy after %s%s · %s params, %s MACs "
                            + "(×%.2f the baseline's)", SearchFormat.triple(o.coefficients()),
                    SearchFormat.percent(o.accuracy()), s.job.score().id(),
                    SearchFormat.plural(plan.schedule().maxEpochs(), "epoch", "epochs"),
                    r.objective().kind() == Objective.Kind.MNAS ? " · score " + SearchFormat.score(o.score()) : "",
                    SearchFormat.count(o.network().params()), SearchFormat.count(o.network().macs()),
                    o.network().macsMultiplier()));
            status.set("Done in " + SearchFormat.duration(r.seconds()) + ": " + summary + ".");
            progress.set(1);
        } else if (r.cancelled()) {
            status.set("Cancelled: the table ranks what finished; no winner. " + summary + ".");
        } else {
            status.set("No winner: no finalist has a result. " + summary + ".");
            progress.set(1);
        }
        activity.set("");
        s.finalStatus = status.get();
    }

    static String stoppedText(CandidateOutcome o, HalvingPlan plan, boolean cancelled) {
        if (o.failure() != null && !"cancelled".equals(o.failure())) {
            return "failed in rung " + (o.stoppedAtRung() + 1) + ": " + o.failure();
        }
        if (o.stoppedAtRung() < 0) {
            return "not trained (cancelled)";
        }
        if (cancelled) {
            int reached = o.rungs().stream().filter(r -> Double.isFinite(r.accuracy())).mapToInt(r -> r.rung())
                    .max().orElse(-1);
            return reached < 0 ? "not trained (cancelled)" : "trained up to rung " + (reached + 1) + " (cancelled)";
        }
        if (o.stoppedAtRung() == plan.last().index()) {
            return plan.rungs().size() == 1 ? "trained fully" : "finalist";
        }
        Rung r = plan.rungs().get(o.stoppedAtRung());
        return "stopped after rung " + (r.index() + 1) + " (" + SearchFormat.plural(r.epochs(), "epoch", "epochs") + ")";
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
            s.evaluator.cancel();
            return null;
        }, x -> { }, e -> status.set("Cannot cancel: " + e.getMessage()));
    }

    /** Sets the workbench's α, β, γ to the winner's triple (the scaling panel follows). */
    public void applyWinner() {
        SearchResult r = result.get();
        if (r == null || running.get()) {
            return;
        }
        r.winner().ifPresent(w -> {
            CompoundCoefficients c = w.coefficients();
            model.coefficientsProperty().set(c);
            status.set("Applied " + SearchFormat.triple(c) + " to the scaling panel.");
        });
    }

    // Properties //

    public StringProperty textProperty(SearchField field) {
        return texts.get(field);
    }

    /** Why this field is wrong; empty when it is fine. */
    public ReadOnlyStringProperty errorProperty(SearchField field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    /** The problems of a part of the form, shown in place; empty when it is fine. */
    public ReadOnlyStringProperty errorProperty(SearchGroup group) {
        return groupErrors.get(group).getReadOnlyProperty();
    }

    public BooleanProperty trainFullyProperty() {
        return trainFully;
    }

    public ObjectProperty<Objective.Kind> rankingProperty() {
        return ranking;
    }

    public ObjectProperty<ScoreSource> selectOnProperty() {
        return selectOn;
    }

    /** The whole form is valid (and so previewed). */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The preview of the last valid form. */
    public ReadOnlyObjectProperty<SearchPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** A preview is being computed for the form as it stands. */
    public ReadOnlyBooleanProperty previewPendingProperty() {
        return previewPending.getReadOnlyProperty();
    }

    /** What the search starts from: baseline, rounding, dataset, recipe. */
    public ReadOnlyStringProperty contextProperty() {
        return context.getReadOnlyProperty();
    }

    /** How many candidates the constraint gives and how many distinct networks they round to. */
    public ReadOnlyStringProperty candidatesTextProperty() {
        return candidatesText.getReadOnlyProperty();
    }

    /** The plan's totals: runs, epochs, compared with training every network fully. */
    public ReadOnlyStringProperty planTextProperty() {
        return planText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty objectiveTextProperty() {
        return objectiveText.getReadOnlyProperty();
    }

    /** The default T of the MnasNet objective (the baseline's MACs × the target), as a hint for an empty T. */
    public ReadOnlyStringProperty defaultTargetTextProperty() {
        return defaultTargetText.getReadOnlyProperty();
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

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public BooleanBinding canApplyWinnerProperty() {
        return canApplyWinner;
    }
}
