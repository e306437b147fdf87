package org.scalelab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.study.StudyOutcome;
import org.scalelab.domain.study.StudyPart;
import org.scalelab.domain.study.StudyPlan;
import org.scalelab.domain.study.StudyPoint;
import org.scalelab.domain.study.TrainingSpeed;
import org.scalelab.format.Numbers;
import org.scalelab.report.ReportException;
import org.scalelab.report.StudyReport;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.data.LoadedDataset;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;
import org.scalelab.training.store.StoredRuns;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "study", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Reproduces the EfficientNet paper's Figure 3 (each dimension alone), Figure 4 (width from",
                "other depths and resolutions) and Table 3 (compound against single dimensions at matched MACs) for a",
                "baseline and dataset, with several seeds, and writes a report folder (HTML, Markdown, charts, CSV).",
                "Runs are ordinary cached runs (the keys of sweep): a study run again or resumed trains only what is",
                "missing. --dry-run prints the plan and an estimated time."})
final class StudyCommand implements Callable<Integer>, TrainingCommand {

    @Spec
    CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Baseline:%n")
    SpecSource.Choice source;

    @Mixin
    StudyGridOptions gridOptions;

    @Mixin
    CoefficientOptions coefficients;

    @Mixin
    PolicyOption policy;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "3",
            description = "Seeds per network: --seed, --seed + 1, ... Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--out", paramLabel = "DIR", description = "The report folder (created; files in it are replaced).")
    Path out;

    @Option(names = "--dry-run", description = "Print the plan and an estimated time; train nothing.")
    boolean dryRun;

    @Mixin
    TrainingOptions training;

    @Mixin
    ClusterOptions cluster;

    static final int MAX_SEEDS = 20;

    /** One run of the study: a network with one seed. */
    private record Planned(Variant network, int replicate, RunRequest request, double seconds) {
    }

    @Override
    public boolean trains() {
        return !dryRun;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new UserError("--seeds: " + seeds + " must lie in 1.." + MAX_SEEDS);
        }
        if (!dryRun && out == null) {
            throw new UserError("--out: a study writes its report into a folder; give --out DIR (or --dry-run)");
        }
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out " + out + ": exists and is not a folder");
        }
        NetworkSpec requested = SpecSource.load(source);
        Recipe recipe = training.recipe();
        if (dryRun) {
            LoadedDataset dataset = DataOption.load(training.data);
            StudyPlan plan = plan(new VariantData(dataset).adapt(requested), dataset.nativeResolution());
            List<Planned> runs;
            long cached;
            double seconds;
            TrainingSpeed speed;
            try (ExperimentStore store = storeIfPresent()) {
                speed = speed(store);
                runs = runs(plan, dataset, recipe, speed);
                cached = store == null ? 0 : cachedKeys(runs, store);
                seconds = seconds(runs, store);
            }
            printPlan(stdout, plan, dataset, recipe, runs, cached, seconds, speed);
            stdout.flush();
            return 0;
        }
        try (TrainingSession session = new TrainingSession(training,
                training.parallel(Math.min(2, Runtime.getRuntime().availableProcessors())), cluster)) {
            LoadedDataset dataset = session.data.dataset();
            StudyPlan plan = plan(session.data.adapt(requested), dataset.nativeResolution());
            TrainingSpeed speed = speed(session.training);
            List<Planned> runs = runs(plan, dataset, recipe, speed);
            err.println(session.deviceLine() + "; data: " + dataset.description());
            Upsampling.warning(plan.networks().stream().map(v -> v.spec().input().resolution()).toList(),
                    dataset.nativeResolution()).ifPresent(err::println);
            plan.notes().forEach(n -> err.println("note: " + n));
            List<RunRecord> resumed = session.training.recover(true);
            if (!resumed.isEmpty()) {
                err.println("resuming " + resumed.size() + " interrupted run(s)");
            }
            long missing = runs.size() - cachedKeys(runs, session.training);
            err.printf(Locale.ROOT, "%d networks × %d seeds = %d runs, %d to train, estimated %s (%s)%n",
                    plan.networks().size(), seeds, runs.size(), missing,
                    Numbers.duration(seconds(runs, session.training) / parallel(session)), speed.basis());
            StudyProgress progress = new StudyProgress(err);
            for (Planned p : runs) {
                progress.add(p.request().key(), label(plan, p), p.seconds());
            }
            session.training.addListener(progress);
            long experiment = session.training.newExperiment("study " + plan.baseline().name(), null);
            long started = System.nanoTime();
            for (Planned p : runs) {
                session.training.submit(experiment, p.request(), p.network().cost().params(), p.network().cost().macs());
            }
            session.training.awaitIdle(Long.MAX_VALUE, TimeUnit.DAYS);
            double wall = (System.nanoTime() - started) / 1e9;
            Map<NetworkSpec, List<Double>> accuracies = new LinkedHashMap<>();
            int failed = 0;
            for (Planned p : runs) {
                RunRecord r = session.training.find(p.request().key()).orElseThrow();
                if (r.status() == RunStatus.DONE && r.result() != null) {
                    accuracies.computeIfAbsent(p.network().spec(), k -> new ArrayList<>()).add(r.result().testAccuracy());
                } else {
                    failed++;
                }
            }
            StudyOutcome outcome = new StudyOutcome(plan, accuracies);
            StudyReport.Context context = new StudyReport.Context(String.join(" ", command.commandLine().getParseResult()
                    .originalArgs()), dataset.id(), dataset.description(), describe(recipe, dataset), seeds,
                    session.device(), wall, runs.size(), (int) (runs.size() - missing), failed, Instant.now(),
                    Version.text());
            List<Path> files;
            try {
                files = StudyReport.write(out, outcome, context);
            } catch (ReportException e) {
                throw new UserError("--out " + e.getMessage());
            }
            StudyReport.summary(outcome).forEach(stdout::println);
            stdout.printf("report: %s (%d files; open %s)%n", out, files.size(), out.resolve(StudyReport.HTML));
            stdout.flush();
            java.util.OptionalInt clusterFailed = session.clusterFailure(err);
            if (clusterFailed.isPresent()) {
                return clusterFailed.getAsInt();
            }
            return failed == 0 ? 0 : 1;
        }
    }

    private StudyPlan plan(NetworkSpec base, NativeResolution nativeResolution) {
        try {
            return StudyPlan.of(new VariantFactory(base, coefficients.coefficients(), policy.roundingPolicy()),
                    nativeResolution, gridOptions.grid(), limitOptions.limits(training.recipe().batchSize()));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Every network with every seed, each with its estimated seconds. */
    private List<Planned> runs(StudyPlan plan, LoadedDataset dataset, Recipe recipe, TrainingSpeed speed) {
        int images = recipe.trainSize() == 0 ? dataset.train().size() : recipe.trainSize();
        if (images > dataset.train().size()) {
            throw new UserError("--train-size: " + images + " exceeds the " + dataset.train().size()
                    + " training images of " + dataset.id());
        }
        long validation = Math.round(images * recipe.validationFraction());
        long trained = (images - validation) * recipe.epochs();
        long tested = validation * recipe.epochs() + dataset.test().size();
        List<Planned> out = new ArrayList<>();
        for (Variant v : plan.networks()) {
            for (int i = 0; i < seeds; i++) {
                RunRequest q = new RunRequest(plan.baseline().name(), v.rule().id(), v.phi(), v.multipliers(), v.spec(),
                        dataset.id(), recipe.withSeed(recipe.seed() + i));
                out.add(new Planned(v, i, q, speed.runSeconds(v.cost().macs(), trained, tested)));
            }
        }
        return out;
    }

    /** The speed of this machine from the database's finished runs, or the default measured here. */
    private static TrainingSpeed speed(StoredRuns store) {
        if (store == null) {
            return TrainingSpeed.DEFAULT;
        }
        List<double[]> points = new ArrayList<>();
        for (RunRecord r : store.runs(RunFilter.all())) {
            if (r.status() == RunStatus.DONE && r.result() != null && r.result().imagesPerSecond() > 0) {
                points.add(new double[] {CostModel.of(r.request().spec()).macs(), 1 / r.result().imagesPerSecond()});
            }
        }
        return TrainingSpeed.fit(points, TrainingSpeed.DEFAULT, "fitted to " + points.size() + " runs in the database");
    }

    /** The database named by --db when it exists (a dry run creates nothing); null otherwise. */
    private ExperimentStore storeIfPresent() {
        Path db = training.db != null ? training.db : ExperimentStore.defaultLocation();
        if (!Files.isRegularFile(db)) {
            return null;
        }
        try {
            return ExperimentStore.open(db);
        } catch (RuntimeException e) {
            throw new UserError("--db: " + e.getMessage());
        }
    }

    private static long cachedKeys(List<Planned> runs, StoredRuns store) {
        return runs.stream().filter(p -> done(store, p)).count();
    }

    private static boolean done(StoredRuns store, Planned p) {
        return store.find(p.request().key()).map(r -> r.status() == RunStatus.DONE).orElse(false);
    }

    private static double seconds(List<Planned> runs, StoredRuns store) {
        return runs.stream().filter(p -> store == null || !done(store, p)).mapToDouble(Planned::seconds).sum();
    }

    private int parallel(TrainingSession session) {
        return Math.max(1, training.parallel(Math.min(2, Runtime.getRuntime().availableProcessors()),
                session.device.kind()));
    }

    private static String label(StudyPlan plan, Planned p) {
        StudyPoint first = plan.points().stream().filter(x -> x.variant().spec().equals(p.network().spec()))
                .findFirst().orElseThrow();
        return String.format(Locale.ROOT, "%s %s %s @%dpx seed %d", first.part().id(), first.series(),
                StudyReport.parameter(first), p.network().spec().input().resolution(), p.request().recipe().seed());
    }

    static String describe(Recipe r, LoadedDataset dataset) {
        int images = r.trainSize() == 0 ? dataset.train().size() : r.trainSize();
        long validation = Math.round(images * r.validationFraction());
        return String.format(Locale.ROOT, "%d epochs, batch %d, %s lr %s %s, %d training images (%d held out for"
                        + " validation), %d test images", r.epochs(), r.batchSize(), r.optimizer(), r.learningRate(),
                r.schedule().name().toLowerCase(Locale.ROOT), images - validation, validation, dataset.test().size());
    }

    private void printPlan(PrintWriter o, StudyPlan plan, LoadedDataset dataset, Recipe recipe, List<Planned> runs,
                           long cached, double seconds, TrainingSpeed speed) {
        var c = coefficients.coefficients();
        o.printf(Locale.ROOT, "study of %s: %s params, %s MACs @ %d px; α=%s β=%s γ=%s, policy %s%n",
                plan.baseline().name(), Numbers.grouped(plan.baselineCost().params()),
                Numbers.count(plan.baselineCost().macs()), plan.baseline().input().resolution(), c.alpha(), c.beta(),
                c.gamma(), policy.roundingPolicy().name());
        o.println("data: " + dataset.description() + "; native resolution " + dataset.nativeResolution().describe());
        o.println("recipe: " + describe(recipe, dataset) + "; seeds " + recipe.seed() + ".." + (recipe.seed() + seeds - 1));
        for (StudyPart part : StudyPart.values()) {
            List<StudyPoint> points = plan.points(part);
            if (points.isEmpty()) {
                continue;
            }
            o.println();
            o.println(part.title());
            o.printf("%-12s %7s %7s %7s %7s %5s %11s %10s %7s%n", "series", "x", "d", "w", "r", "res", "params", "MACs",
                    "x base");
            for (StudyPoint p : points) {
                Variant v = p.variant();
                o.printf(Locale.ROOT, "%-12s %7s %7.3f %7.3f %7.3f %5s %11s %10s %7.2f%n", p.series(),
                        StudyReport.parameter(p), v.multipliers().depth(), v.multipliers().width(),
                        v.multipliers().resolution(), Upsampling.resolution(v.spec().input().resolution(),
                                plan.nativeResolution()), Numbers.grouped(v.cost().params()), Numbers.count(v.cost().macs()),
                        v.macsRelativeTo(plan.baselineCost()));
            }
        }
        Upsampling.footnote(plan.points().stream().map(p -> p.variant().spec().input().resolution()).toList(),
                plan.nativeResolution()).ifPresent(o::println);
        plan.notes().forEach(n -> o.println("note: " + n));
        o.println();
        o.printf(Locale.ROOT, "%d distinct networks × %d seeds = %d runs%s%n", plan.networks().size(), seeds, runs.size(),
                cached > 0 ? " (" + cached + " already in the database)" : "");
        int parallel = Math.max(1, training.parallel(Math.min(2, Runtime.getRuntime().availableProcessors())));
        o.printf(Locale.ROOT, "estimated time: %s for the runs to train, %d job(s) at once (%s; one run of the baseline about %s)%n",
                Numbers.duration(seconds / parallel), parallel, speed.basis(),
                Numbers.duration(runs.get(0).seconds()));
    }
}
