package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.search.CoefficientConstraint;
import org.scalelab.domain.search.CoefficientGrid;
import org.scalelab.domain.search.HalvingComparison;
import org.scalelab.domain.search.HalvingPlan;
import org.scalelab.domain.search.HalvingSchedule;
import org.scalelab.domain.search.Objective;
import org.scalelab.domain.search.SearchEvent;
import org.scalelab.domain.search.SearchListener;
import org.scalelab.domain.search.SearchResult;
import org.scalelab.domain.search.SearchSettings;
import org.scalelab.domain.search.SearchSpace;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.format.Numbers;
import org.scalelab.format.SearchText;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.data.LoadedDataset;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.search.CoefficientSearch;
import org.scalelab.training.search.ScoreSource;
import org.scalelab.training.search.SearchJob;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "search", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Finds α, β, γ for a baseline as the paper did: a grid at φ = 1 under α·β²·γ² ≈ target,",
                "trained with successive halving (short runs for all, longer for the best fraction), ranked by",
                "accuracy or the MnasNet objective. Runs are cached in the database: a search run again or resumed",
                "trains only what is missing. --dry-run shows the candidates, their cost and the schedule first."})
final class SearchCommand implements Callable<Integer>, TrainingCommand {

    @Spec
    CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Baseline:%n")
    SpecSource.Choice source;

    @Option(names = "--grid", paramLabel = "a=MIN:MAX:STEP,b=…,g=…",
            description = "The coefficient grid; an axis not given keeps its default. Default: a=1:2:0.1,b=1:1.4:0.1,g=1:1.4:0.1.")
    String grid;

    @Option(names = "--target", paramLabel = "X", defaultValue = "2",
            description = "Target of α·β²·γ² (the FLOPs growth per unit of φ). Default: ${DEFAULT-VALUE}.")
    double target;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "0.1",
            description = "Keep triples with |α·β²·γ² − target| ≤ T. Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Option(names = "--budget", paramLabel = "MIN,ETA,MAX", defaultValue = "1,3,9",
            description = "Successive halving: epochs of the first rung, the keep factor η (the best ⌈n/η⌉ go on with η× "
                    + "the epochs), epochs of the last rung. Default: ${DEFAULT-VALUE}.")
    String budget;

    @Option(names = "--no-halving", description = "Train every candidate for MAX epochs instead (one rung).")
    boolean noHalving;

    @Option(names = "--compare-full", description = "After halving, also train every candidate for MAX epochs (the last "
            + "rung's runs are reused) and compare the winners and rankings.")
    boolean compareFull;

    @Option(names = "--rank", paramLabel = "accuracy|mnas", defaultValue = "accuracy",
            description = "Rank by accuracy or by the MnasNet objective ACC·(MACs/T)^w. Default: ${DEFAULT-VALUE}.")
    String rank;

    @Option(names = "--mnas-weight", paramLabel = "W", defaultValue = "-0.07",
            description = "w of the MnasNet objective. Default: ${DEFAULT-VALUE}.")
    double mnasWeight;

    @Option(names = "--mnas-target", paramLabel = "MACS",
            description = "T of the MnasNet objective in MACs. Default: the baseline's MACs × --target.")
    Long mnasTarget;

    @Option(names = "--score", paramLabel = "validation|test", defaultValue = "validation",
            description = "Which accuracy selects: the held-out validation images of the training split, or the test "
                    + "split. Default: ${DEFAULT-VALUE}.")
    String score;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "1",
            description = "Seeds per finalist (the last rung's networks), for mean and spread. Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--dry-run", description = "Print the candidates, their cost and the schedule; train nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Mixin
    PolicyOption policy;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    TrainingOptions training;

    @Mixin
    ClusterOptions cluster;

    @Override
    public boolean trains() {
        return !dryRun;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (training.epochs != null) {
            throw new UserError("--epochs: a search trains each rung for its own epochs; set them with --budget MIN,ETA,MAX");
        }
        if (noHalving && compareFull) {
            throw new UserError("--compare-full: --no-halving already trains every candidate fully");
        }
        CoefficientGrid coefficientGrid = parse("--grid", () -> grid == null ? CoefficientGrid.DEFAULT : CoefficientGrid.parse(grid));
        CoefficientConstraint constraint = constraint();
        HalvingSchedule schedule = parse("--budget", () -> HalvingSchedule.parse(budget));
        if (noHalving) {
            schedule = HalvingSchedule.full(schedule.maxEpochs());
        }
        ScoreSource scoreSource = parse("--score", () -> ScoreSource.parse(score));
        Objective.Kind kind = parse("--rank", () -> Objective.Kind.parse(rank));
        if (seeds < 1 || seeds > SearchSettings.MAX_SEEDS) {
            throw new UserError("--seeds: " + seeds + " must lie in 1.." + SearchSettings.MAX_SEEDS);
        }
        RoundingPolicy roundingPolicy = policy.roundingPolicy();
        Recipe recipe = training.recipe();
        NetworkSpec requested = SpecSource.load(source);

        if (dryRun) {
            LoadedDataset dataset = DataOption.load(training.data);
            NativeResolution data = dataset.nativeResolution();
            NetworkSpec base = new VariantData(dataset).adapt(requested);
            SearchSpace space = limited(space(base, roundingPolicy, coefficientGrid, constraint),
                    limitOptions.limits(recipe.batchSize()), err);
            SearchSettings settings = settings(schedule, objective(kind, space, constraint), seeds);
            HalvingPlan plan = settings.schedule().plan(space.networks().size());
            if (json) {
                ObjectNode o = SearchReport.space(space, roundingPolicy.name(), data);
                o.set("schedule", SearchReport.plan(plan, seeds));
                o.set("objective", SearchReport.objective(settings.objective(), scoreSource.id()));
                out.println(Json.write(o));
            } else {
                SearchReport.printSpace(out, space, roundingPolicy.name(), data);
                Upsampling.warning(SearchReport.resolutions(space), data).ifPresent(out::println);
                out.println();
                SearchReport.printPlan(out, plan, seeds);
                out.println(SearchText.ranking(settings.objective(), scoreSource.id()));
            }
            out.flush();
            return 0;
        }

        try (TrainingSession session = new TrainingSession(training,
                training.parallel(Math.min(2, Runtime.getRuntime().availableProcessors())), cluster)) {
            NetworkSpec base = session.data.adapt(requested);
            SearchSpace space = limited(space(base, roundingPolicy, coefficientGrid, constraint),
                    limitOptions.limits(recipe.batchSize()), err);
            Objective objective = objective(kind, space, constraint);
            SearchSettings settings = settings(schedule, objective, seeds);
            SearchJob job;
            try {
                long experiment = session.training.newExperiment("search " + base.name() + " " + space.grid().format()
                        + " budget " + settings.schedule().format(), null);
                job = new SearchJob(space, settings, session.data.dataset().id(), recipe, scoreSource, experiment);
            } catch (IllegalArgumentException e) {
                throw new UserError("--score: " + e.getMessage());
            }
            err.println("backend: " + session.device() + "; data: " + session.data.dataset().description());
            List<RunRecord> resumed = session.training.recover(true);
            if (!resumed.isEmpty()) {
                err.println("resuming " + resumed.size() + " interrupted run(s)");
            }
            NativeResolution data = session.data.dataset().nativeResolution();
            SearchReport.printSpace(err, space, roundingPolicy.name(), data);
            Upsampling.warning(SearchReport.resolutions(space), data).ifPresent(err::println);
            SearchReport.printPlan(err, CoefficientSearch.plan(job), seeds);
            ProgressPrinter progress = new ProgressPrinter(err);
            session.training.addListener(progress);
            SearchResult result = new CoefficientSearch(session.training).run(job, printer(err, progress));
            SearchResult full = null;
            HalvingComparison comparison = null;
            if (compareFull && !result.cancelled()) {
                err.println("training every network for " + settings.schedule().maxEpochs() + " epochs to compare");
                SearchSettings fullSettings = new SearchSettings(HalvingSchedule.full(settings.schedule().maxEpochs()),
                        objective, 1);
                SearchJob fullJob = new SearchJob(space, fullSettings, job.dataset(), recipe, scoreSource, job.experimentId());
                full = new CoefficientSearch(session.training).run(fullJob, printer(err, progress));
                comparison = HalvingComparison.of(result, full);
            }
            if (json) {
                ObjectNode o = SearchReport.space(space, roundingPolicy.name(), data);
                o.set("schedule", SearchReport.plan(CoefficientSearch.plan(job), seeds));
                o.set("objective", SearchReport.objective(objective, scoreSource.id()));
                o.setAll(SearchReport.result(result, data));
                if (comparison != null) {
                    o.set("comparison", SearchReport.comparison(comparison, full, data));
                }
                out.println(Json.write(o));
            } else {
                SearchReport.printRanking(out, result, scoreSource.id(), data);
                SearchReport.printWinner(out, result, archArgument());
                if (comparison != null) {
                    out.println();
                    out.printf("full training, every network for %d epochs:%n", settings.schedule().maxEpochs());
                    SearchReport.printRanking(out, full, scoreSource.id(), data);
                    SearchReport.printComparison(out, comparison, result, full);
                }
            }
            out.flush();
            java.util.OptionalInt clusterFailed = session.clusterFailure(err);
            if (clusterFailed.isPresent()) {
                return clusterFailed.getAsInt();
            }
            return result.winner().isPresent() ? 0 : 1;
        }
    }

    private String archArgument() {
        return source.arch != null ? "--arch " + source.arch : "--spec " + source.spec;
    }

    /** Rung starts and ends, and each run's score, on stderr; per-epoch lines come from the progress printer. */
    private static SearchListener printer(PrintWriter err, ProgressPrinter progress) {
        return e -> {
            String line = null;
            if (e instanceof SearchEvent.RunQueued q) {
                var c = q.request().network().representative();
                progress.label(q.runId(), String.format(Locale.ROOT, "net %d (%s) %d ep%s", q.request().network().index(),
                        SearchText.triple(c), q.request().epochs(), q.request().replicate() > 0
                                ? " seed+" + q.request().replicate() : ""));
            } else if (e instanceof SearchEvent.RungStarted s) {
                line = String.format("rung %d: %d network(s) × %d epoch(s)", s.rung().index(), s.networks().size(),
                        s.rung().epochs());
            } else if (e instanceof SearchEvent.RungFinished f) {
                line = String.format("rung %d done; promoted (best first): %s", f.rung().index(), f.promoted());
            } else if (e instanceof SearchEvent.SeedsStarted s) {
                line = String.format("finalists %s: %d more seed(s) each", s.networks(), s.seeds() - 1);
            } else if (e instanceof SearchEvent.Evaluated v) {
                line = String.format(Locale.ROOT, "[%d/%d runs, %.0f%% of epochs]", v.progress().runsDone(),
                        v.progress().runsPlanned(), 100 * v.progress().fraction());
            }
            if (line != null) {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            }
        };
    }

    private CoefficientConstraint constraint() {
        try {
            return new CoefficientConstraint(target, tolerance);
        } catch (IllegalArgumentException e) {
            throw new UserError((e.getMessage().startsWith("target") ? "--target: " : "--tolerance: ") + e.getMessage());
        }
    }

    private static SearchSpace space(NetworkSpec base, RoundingPolicy p, CoefficientGrid g, CoefficientConstraint c) {
        SearchSpace space;
        try {
            space = SearchSpace.enumerate(base, p, g, c);
        } catch (IllegalArgumentException e) {
            throw new UserError("--grid: " + e.getMessage());
        }
        if (space.isEmpty()) {
            throw new UserError(String.format(Locale.ROOT, "--grid: none of its %d points has |α·β²·γ² − %s| ≤ %s; "
                    + "widen the grid or the --tolerance", space.gridPoints(), Numbers.coefficient(c.target()),
                    Numbers.coefficient(c.tolerance())));
        }
        return space;
    }

    /** The space without the networks over the limits, saying which were left out; none left is an error. */
    private static SearchSpace limited(SearchSpace full, CostLimits limits, PrintWriter err) {
        if (limits.isNone()) {
            return full;
        }
        SearchSpace kept = full.within(limits);
        if (kept.isEmpty()) {
            throw new UserError("--max-macs/--max-params/--max-memory: every candidate network is over the limits ("
                    + limits.describe() + ")");
        }
        List<String> over = full.networks().stream().filter(n -> !limits.allows(n.cost()))
                .map(n -> "net " + n.index() + " (" + String.join(", ", limits.broken(n.cost())) + ")").toList();
        err.println("limits: " + limits.describe() + (over.isEmpty() ? "; every network fits"
                : "; left out " + over.size() + " of " + full.networks().size() + " networks: " + String.join("; ", over)
                + "; the others are renumbered"));
        return kept;
    }

    private Objective objective(Objective.Kind kind, SearchSpace space, CoefficientConstraint c) {
        if (kind == Objective.Kind.ACCURACY) {
            return Objective.accuracy();
        }
        long t = mnasTarget != null ? mnasTarget : Objective.defaultTarget(space.baselineCost().macs(), c.target());
        try {
            return Objective.mnas(t, mnasWeight);
        } catch (IllegalArgumentException e) {
            throw new UserError((e.getMessage().startsWith("weight") ? "--mnas-weight: " : "--mnas-target: ") + e.getMessage());
        }
    }

    private static SearchSettings settings(HalvingSchedule s, Objective o, int seeds) {
        return new SearchSettings(s, o, seeds);
    }

    private static <T> T parse(String option, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": " + e.getMessage());
        }
    }
}
