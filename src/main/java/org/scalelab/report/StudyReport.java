package org.scalelab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.scalelab.domain.frontier.Estimate;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.domain.study.StudyOutcome;
import org.scalelab.domain.study.StudyPart;
import org.scalelab.domain.study.StudyPoint;
import org.scalelab.ui.charts.ReferenceData;

/**
 * Writes a study's report folder: {@value #HTML} (self-contained, charts inline as SVG: opens offline in any
 * browser), {@value #MARKDOWN}, each chart as PNG and SVG, and the data as CSV (every point with its accuracies per
 * seed, Table 3's differences with their intervals, the paper's numbers). Every accuracy is the mean ± sample
 * standard deviation over seeds with the number of seeds; every difference of Table 3 carries Welch's 95% interval.
 * The verdicts are computed from the intervals alone, whichever way they come out.
 */
public final class StudyReport {
    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";
    public static final String POINTS_CSV = "points.csv";
    public static final String TABLE3_CSV = "table3.csv";
    public static final String PAPER_CSV = "paper-table3.csv";

    private StudyReport() {
    }

    /** What the report says about how the study ran. */
    public record Context(String command, String datasetId, String dataset, String recipe, int seeds, String device,
                          double wallSeconds, int runs, int cachedRuns, int failedRuns, Instant finished,
                          String version) {
    }

    /** Writes every file into {@code folder} (created), replacing earlier ones; returns the files written. */
    public static List<Path> write(Path folder, StudyOutcome outcome, Context context) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<StudyPart, String> svgs = new LinkedHashMap<>();
        for (StudyPart part : StudyPart.values()) {
            if (outcome.plan().points(part).isEmpty()) {
                continue;
            }
            JFreeChart chart = switch (part) {
                case FIGURE3 -> StudyCharts.figure3(outcome);
                case FIGURE4 -> StudyCharts.figure4(outcome);
                case TABLE3 -> StudyCharts.table3(outcome);
            };
            String svg = StudyCharts.svg(chart);
            svgs.put(part, svg);
            files.put(part.id() + ".png", StudyCharts.png(chart));
            files.put(part.id() + ".svg", svg.getBytes(StandardCharsets.UTF_8));
        }
        files.put(POINTS_CSV, utf8(pointsCsv(outcome).csv()));
        files.put(TABLE3_CSV, utf8(comparisonsCsv(outcome).csv()));
        files.put(PAPER_CSV, utf8(paper().csv()));
        files.put(MARKDOWN, utf8(compose(outcome, context, svgs, new ReportWriter.Markdown())));
        files.put(HTML, utf8(compose(outcome, context, svgs,
                new ReportWriter.Html("ScaleLab study: " + outcome.plan().baseline().name()))));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = folder.resolve(f.getKey());
                Path tmp = Files.createTempFile(folder, f.getKey(), ".tmp");
                Files.write(tmp, f.getValue());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
        } catch (IOException e) {
            throw new ReportException(folder + ": cannot write the report (" + e.getMessage() + ")", e);
        }
        return written;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- what the data says --------------------------------------------------------------------------------

    /**
     * One line per Table 3 comparison and one overall, from the intervals alone: "higher beyond the spread
     * between seeds" when the 95% interval of compound minus the rule lies above zero, "lower …" below, "within …"
     * otherwise.
     */
    public static List<String> summary(StudyOutcome outcome) {
        List<String> lines = new ArrayList<>();
        List<StudyOutcome.Comparison> comparisons = outcome.comparisons();
        if (comparisons.isEmpty()) {
            lines.add("Table 3: no comparison (it needs compound and a single-dimension rule at some φ > 0, trained).");
            return lines;
        }
        for (StudyOutcome.Comparison c : comparisons) {
            lines.add(String.format(Locale.ROOT, "φ=%s: compound %s vs %s %s (%.2f× its MACs): %s points, %s; %s",
                    format(c.phi()), accuracy(c.compoundStats()), c.rule().id(), accuracy(c.otherStats()),
                    c.macsRatio(), signed(100 * c.gap().value()), interval(c.gap()), verdict(c.gap())));
        }
        List<String> ahead = new ArrayList<>();
        for (double phi : comparisons.stream().map(StudyOutcome.Comparison::phi).distinct().toList()) {
            List<StudyOutcome.Comparison> at = comparisons.stream().filter(c -> c.phi() == phi).toList();
            if (at.size() == StudyOutcome.SINGLE.size() && at.stream().allMatch(c -> c.gap().aboveZero())) {
                ahead.add(format(phi));
            }
        }
        lines.add(ahead.isEmpty()
                ? "Compound is not ahead of all three single-dimension rules beyond the 95% interval at any φ of this study."
                : "Compound is ahead of all three single-dimension rules beyond the 95% interval at φ = "
                        + String.join(", ", ahead) + ".");
        return lines;
    }

    static String verdict(Estimate gap) {
        if (!gap.hasInterval()) {
            return "one seed: no interval";
        }
        return gap.aboveZero() ? "compound higher beyond the spread between seeds"
                : gap.belowZero() ? "compound lower beyond the spread between seeds" : "within the spread between seeds";
    }

    // ---- formatting ------------------------------------------------------------------------------------------

    /** {@code 88.12 ± 0.31 % (3)}; one seed: {@code 88.12 % (1)}. */
    public static String accuracy(SeedStats s) {
        return s.hasSpread() ? String.format(Locale.ROOT, "%.2f ± %.2f %% (%d)", 100 * s.mean(), 100 * s.std(), s.n())
                : String.format(Locale.ROOT, "%.2f %% (%d)", 100 * s.mean(), s.n());
    }

    static String interval(Estimate e) {
        return e.hasInterval() ? String.format(Locale.ROOT, "95%% CI [%s, %s]", signed(100 * e.low()), signed(100 * e.high()))
                : "no interval";
    }

    static String signed(double points) {
        return String.format(Locale.ROOT, "%+.2f", points);
    }

    /** 1, 1.5, 0.25: a multiplier or φ without trailing zeros. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }

    /** The point's own parameter as the study names it: w, d, r on Figure 3, w on Figure 4, φ in Table 3. */
    public static String parameter(StudyPoint p) {
        String name = switch (p.part()) {
            case TABLE3 -> "φ";
            case FIGURE4 -> "w";
            case FIGURE3 -> p.series().equals(ScalingRule.DEPTH.id()) ? "d" : p.series().equals(ScalingRule.WIDTH.id())
                    ? "w" : "r";
        };
        return name + "=" + format(p.parameter());
    }

    static String macs(double n) {
        if (n >= 1e9) {
            return trim(n / 1e9) + "G";
        }
        if (n >= 1e6) {
            return trim(n / 1e6) + "M";
        }
        if (n >= 1e3) {
            return trim(n / 1e3) + "k";
        }
        return trim(n);
    }

    private static String trim(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    // ---- tables -----------------------------------------------------------------------------------------------

    /** A part's points as people read them. */
    static ReportTable points(StudyOutcome outcome, StudyPart part) {
        ReportTable t = new ReportTable("series", "point", "d", "w", "r", "input", "params", "MACs", "× base",
                "test accuracy, mean ± sd (n)");
        for (StudyPoint p : outcome.plan().points(part)) {
            Variant v = p.variant();
            int res = v.spec().input().resolution();
            t.row(p.series(), parameter(p), format3(v.multipliers().depth()), format3(v.multipliers().width()),
                    format3(v.multipliers().resolution()),
                    res + " px" + (outcome.plan().nativeResolution().upsamples(res) ? " (upsampled)" : ""),
                    String.format(Locale.ROOT, "%,d", v.cost().params()), macs(v.cost().macs()),
                    String.format(Locale.ROOT, "%.2f", v.macsRelativeTo(outcome.plan().baselineCost())),
                    outcome.stats(p).map(StudyReport::accuracy).orElse(outcome.plan().feasible(p) ? "not trained"
                            : "over the limits: " + String.join(", ", outcome.plan().limits().broken(v.cost()))));
        }
        return t;
    }

    private static String format3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Along each Figure 3 line: what its last step added, with Welch's interval (does the line level off?). */
    static ReportTable lastSteps(StudyOutcome outcome, StudyPart part) {
        ReportTable t = new ReportTable("series", "last step", "MACs", "accuracy gained (points)", "95% CI");
        for (Map.Entry<String, List<StudyPoint>> e : StudyCharts.series(outcome, part).entrySet()) {
            List<StudyPoint> trained = e.getValue().stream().filter(p -> outcome.stats(p).isPresent()).toList();
            if (trained.size() < 2) {
                continue;
            }
            StudyPoint a = trained.get(trained.size() - 2);
            StudyPoint b = trained.get(trained.size() - 1);
            Estimate gain = Estimate.difference(outcome.stats(b).orElseThrow(), outcome.stats(a).orElseThrow());
            t.row(e.getKey(), parameter(a) + " → " + parameter(b), macs(a.variant().cost().macs()) + " → "
                    + macs(b.variant().cost().macs()), signed(100 * gain.value()), interval(gain));
        }
        return t;
    }

    static ReportTable comparisons(StudyOutcome outcome) {
        ReportTable t = new ReportTable("φ", "rule", "its MACs / compound's", "compound", "rule",
                "compound − rule (points)", "95% CI (Welch)", "verdict");
        for (StudyOutcome.Comparison c : outcome.comparisons()) {
            t.row(format(c.phi()), c.rule().id(), String.format(Locale.ROOT, "%.2f", c.macsRatio()),
                    accuracy(c.compoundStats()), accuracy(c.otherStats()), signed(100 * c.gap().value()),
                    interval(c.gap()), verdict(c.gap()));
        }
        return t;
    }

    static ReportTable hypervolumes(StudyOutcome outcome) {
        ReportTable t = new ReportTable("rule", "hypervolume (accuracy points × decades of MACs)");
        outcome.hypervolumes().forEach((rule, hv) -> t.row(rule.label(), String.format(Locale.ROOT, "%.3f", 100 * hv)));
        return t;
    }

    /** The paper's Table 3 and Table 7 rows (ImageNet top-1), with compound minus each method per baseline. */
    static ReportTable paper() {
        ReportTable t = new ReportTable("baseline", "method", "d", "w", "r", "FLOPs (B)", "top-1 (%)",
                "compound − method (points)", "source");
        List<ReferenceData.Experiment> rows = ReferenceData.load().experiments();
        Map<String, Double> compound = rows.stream().filter(r -> r.method().equals("compound"))
                .collect(Collectors.toMap(ReferenceData.Experiment::baseline, ReferenceData.Experiment::top1));
        for (ReferenceData.Experiment r : rows) {
            Double c = compound.get(r.baseline());
            String gap = c == null || r.method().equals("compound") ? "" : signed(c - r.top1());
            t.row(r.baseline(), r.method(), format(r.depth()), format(r.width()), format(r.resolution()),
                    format(r.flopsB()), format(r.top1()), gap, r.source());
        }
        return t;
    }

    // ---- CSV ---------------------------------------------------------------------------------------------------

    static ReportTable pointsCsv(StudyOutcome outcome) {
        ReportTable t = new ReportTable("part", "series", "parameter", "depth", "width", "resolution_multiplier",
                "resolution", "native_resolution", "upsampled", "params", "macs", "seeds", "mean", "sd", "accuracies");
        for (StudyPoint p : outcome.plan().points()) {
            Variant v = p.variant();
            int res = v.spec().input().resolution();
            Optional<SeedStats> s = outcome.stats(p);
            List<Double> values = outcome.accuracies().getOrDefault(v.spec(), List.of());
            t.row(p.part().id(), p.series(), Double.toString(p.parameter()), Double.toString(v.multipliers().depth()),
                    Double.toString(v.multipliers().width()), Double.toString(v.multipliers().resolution()),
                    Integer.toString(res), Integer.toString(outcome.plan().nativeResolution().median()),
                    Boolean.toString(outcome.plan().nativeResolution().upsamples(res)),
                    Long.toString(v.cost().params()), Long.toString(v.cost().macs()),
                    Integer.toString(values.size()), s.map(x -> Double.toString(x.mean())).orElse(""),
                    s.filter(SeedStats::hasSpread).map(x -> Double.toString(x.std())).orElse(""),
                    values.stream().map(Object::toString).collect(Collectors.joining(" ")));
        }
        return t;
    }

    static ReportTable comparisonsCsv(StudyOutcome outcome) {
        ReportTable t = new ReportTable("phi", "rule", "compound_macs", "rule_macs", "compound_mean", "compound_sd",
                "compound_n", "rule_mean", "rule_sd", "rule_n", "difference", "standard_error", "dof", "ci95_low",
                "ci95_high");
        for (StudyOutcome.Comparison c : outcome.comparisons()) {
            Estimate g = c.gap();
            t.row(Double.toString(c.phi()), c.rule().id(), Long.toString(c.compound().variant().cost().macs()),
                    Long.toString(c.other().variant().cost().macs()), Double.toString(c.compoundStats().mean()),
                    Double.toString(c.compoundStats().std()), Integer.toString(c.compoundStats().n()),
                    Double.toString(c.otherStats().mean()), Double.toString(c.otherStats().std()),
                    Integer.toString(c.otherStats().n()), Double.toString(g.value()), Double.toString(g.standardError()),
                    Integer.toString(g.dof()), Double.toString(g.low()), Double.toString(g.high()));
        }
        return t;
    }

    // ---- documents ----------------------------------------------------------------------------------------------

    /** The report's content, in order, for either writer. */
    static String compose(StudyOutcome outcome, Context c, Map<StudyPart, String> svgs, ReportWriter w) {
        w.heading(1, "ScaleLab study: " + outcome.plan().baseline().name() + " on " + c.datasetId());
        w.list(summary(outcome));
        w.list(facts(outcome, c));
        for (StudyPart part : List.of(StudyPart.TABLE3, StudyPart.FIGURE3, StudyPart.FIGURE4)) {
            if (!svgs.containsKey(part)) {
                continue;
            }
            w.heading(2, part.title());
            w.chart(part.title(), part.id(), svgs.get(part));
            w.table(points(outcome, part));
            if (part == StudyPart.TABLE3) {
                w.paragraph("Compound minus each single-dimension rule at the same φ (matched MACs):");
                w.table(comparisons(outcome));
                w.paragraph("Hypervolume of each rule's points (above the lowest mean accuracy, up to twice the largest"
                        + " MACs; more is a better front):");
                w.table(hypervolumes(outcome));
                w.paragraph("The paper's numbers (ImageNet top-1; EfficientNet paper, Tables 3 and 7):");
                w.table(paper());
            } else {
                w.paragraph("What each line's last step added:");
                w.table(lastSteps(outcome, part));
            }
        }
        w.heading(2, "Notes");
        w.list(notes(outcome));
        w.files("Data:", List.of(POINTS_CSV, TABLE3_CSV, PAPER_CSV));
        return w.text();
    }

    private static List<String> facts(StudyOutcome outcome, Context c) {
        var plan = outcome.plan();
        var coefficients = plan.factory().coefficients();
        List<String> out = new ArrayList<>();
        out.add("Command: scalelab " + c.command());
        out.add("Baseline: " + plan.baseline().name() + String.format(Locale.ROOT, ", %,d params, %s MACs at %d px;",
                plan.baselineCost().params(), macs(plan.baselineCost().macs()), plan.baseline().input().resolution())
                + " α=" + coefficients.alpha() + " β=" + coefficients.beta() + " γ=" + coefficients.gamma()
                + ", rounding " + plan.factory().policy().name());
        out.add("Data: " + c.dataset() + "; native resolution " + plan.nativeResolution().describe());
        out.add("Recipe: " + c.recipe() + "; " + c.seeds() + " seed(s) per network");
        if (!plan.limits().isNone()) {
            out.add("Limits: " + plan.limits().describe() + "; networks over them are no candidates and were not trained");
        }
        out.add(String.format(Locale.ROOT, "Runs: %d (%d from the database, %d trained, %d failed) on %s; wall time %s",
                c.runs(), c.cachedRuns(), c.runs() - c.cachedRuns() - c.failedRuns(), c.failedRuns(), c.device(),
                wall(c.wallSeconds())));
        out.add(c.version() + ", " + c.finished());
        return out;
    }

    private static String wall(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    private static List<String> notes(StudyOutcome outcome) {
        List<String> out = new ArrayList<>(outcome.plan().notes());
        out.add("Each accuracy is the mean over seeds ± the sample standard deviation, with the number of seeds in"
                + " brackets; the charts draw the same bars. Every seed draws its own training subset, split, order and"
                + " initial weights.");
        out.add("The 95% intervals of Table 3 are Welch's t intervals for the difference of two means over seeds."
                + " They cover the spread between seeds, not a different test set: on N test images one accuracy p has"
                + " a binomial standard error of √(p(1−p)/N) (0.32 points at 90% on 10,000 images).");
        out.add("Matched MACs: the single-dimension variants are those whose MACs come closest to the compound"
                + " variant's after rounding (the ratio is in the table).");
        out.add("Upsampled: an input larger than the data's native resolution (" + outcome.plan().nativeResolution()
                .describe() + ") adds pixels but no information; such points are hollow on the charts.");
        out.add("Hypervolume: the area the rule's Pareto front dominates above the reference, cost in decades (log10"
                + " MACs), accuracy in points; all rules share one reference.");
        return out;
    }
}
