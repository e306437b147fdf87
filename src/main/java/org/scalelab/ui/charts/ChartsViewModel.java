package org.scalelab.ui.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.scalelab.domain.frontier.CostPoint;
import org.scalelab.domain.frontier.ParetoFrontier;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.stats.FitOutcome;
import org.scalelab.domain.stats.Prediction;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.training.RunRecord;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.concurrent.FxExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * State of the accuracy/cost charts, without controls: for each {@link CostMetric} the JFreeChart datasets that
 * the view draws (trained variants per rule, untrained variants per rule, the Pareto frontier of trained
 * variants as a staircase, the selected variant), kept up to date from the {@link WorkbenchModel}. Datasets and
 * series are created once and refilled in place, so a change redraws the chart without rebuilding it.
 * FX thread only; the curve fits ({@link CurveFitScheduler}) and file export ({@link ChartExport}) run on the
 * {@link BackgroundExecutor}, tooltip texts come from {@link ChartTooltips}.
 *
 * <p>Seeds: a trained variant is drawn at the mean test accuracy of its finished seeds ({@link SeedStats}), with an
 * error bar of ± 1 sample standard deviation where two or more have finished (the spread of single runs, which is
 * what a reader compares with another variant's single run; the standard error would shrink with n). The frontier
 * runs through the means.
 *
 * <p>Fits: with {@link #fitCurvesProperty()} on, each shown rule's finished runs are fitted by {@link CurveFits} in
 * the background and the curves with their 95% prediction bands fill
 * {@link MetricData#fits()} of the MACs chart; tooltips show what the curve predicts for each variant (see
 * {@link CurveFits}: leave-one-out for trained ones).
 */
public final class ChartsViewModel {
    /** Title of the reference view, which never shares axes with local accuracy. */
    public static final String REFERENCE_TITLE = "Published ImageNet results (not comparable with local accuracy)";

    private final WorkbenchModel model;
    private final Map<CostMetric, MetricData> data = new EnumMap<>(CostMetric.class);
    /** Which variant each plotted item stands for, by series (XYSeries or YIntervalSeries), in item order. */
    private final Map<Object, List<Variant>> variantsOf = new IdentityHashMap<>();
    private final BooleanProperty logAxis = new SimpleBooleanProperty(this, "logAxis", false);
    private final ReadOnlyIntegerWrapper trainedCount = new ReadOnlyIntegerWrapper(this, "trainedCount");
    private final ReadOnlyIntegerWrapper untrainedCount = new ReadOnlyIntegerWrapper(this, "untrainedCount");
    private final ReadOnlyObjectWrapper<List<ScalingRule>> shownRules = new ReadOnlyObjectWrapper<>(this, "shownRules",
            List.of());
    private final javafx.beans.property.ReadOnlyBooleanWrapper updating =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "updating", false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper spreadShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "spreadShown", false);
    private final ReadOnlyObjectWrapper<List<ScalingRule>> fittedRules = new ReadOnlyObjectWrapper<>(this,
            "fittedRules", List.of());
    private final ReadOnlyStringWrapper fitNote = new ReadOnlyStringWrapper(this, "fitNote", "");
    private final CurveFitScheduler fits;
    private CurveFits.Result fitResult = CurveFits.Result.EMPTY;
    private final ChartTooltips tooltips;
    private final ChartExport export;
    private ReferenceData reference;

    /** The datasets of one chart. Series in {@code trained} and {@code untrained} follow {@link ScalingRule} order. */
    public static final class MetricData {
        private final XYSeriesCollection trained = new XYSeriesCollection();
        private final XYSeriesCollection untrained = new XYSeriesCollection();
        private final XYSeriesCollection frontier = new XYSeriesCollection();
        private final XYSeriesCollection selectedTrained = new XYSeriesCollection();
        private final XYSeriesCollection selectedUntrained = new XYSeriesCollection();
        private final YIntervalSeriesCollection spread = new YIntervalSeriesCollection();
        private final YIntervalSeriesCollection fits = new YIntervalSeriesCollection();

        MetricData() {
            for (ScalingRule r : ScalingRule.values()) {
                trained.addSeries(new XYSeries(r.label(), false, true));
                untrained.addSeries(new XYSeries(r.label() + " (not trained yet)", false, true));
                spread.addSeries(new YIntervalSeries(r.label() + " (± 1 std over seeds)", false, true));
                fits.addSeries(new YIntervalSeries(r.label() + " (fitted curve)", false, true));
            }
            frontier.addSeries(new XYSeries("Pareto frontier of trained variants", false, true));
            selectedTrained.addSeries(new XYSeries("selected variant", false, true));
            selectedUntrained.addSeries(new XYSeries("selected variant (not trained yet)", false, true));
        }

        /**
         * Trained variants at (cost, mean test accuracy in [0, 1] over their finished seeds), one series per rule,
         * cheapest first.
         */
        public XYSeriesCollection trained() {
            return trained;
        }

        /** Variants not trained yet at (cost, row), the row being the rule's place among the shown rules. */
        public XYSeriesCollection untrained() {
            return untrained;
        }

        /** The staircase through the Pareto-optimal trained variants. */
        public XYSeriesCollection frontier() {
            return frontier;
        }

        /** The selected variant when it is trained, at (cost, accuracy); otherwise empty. */
        public XYSeriesCollection selectedTrained() {
            return selectedTrained;
        }

        /** The selected variant when it is not trained, at (cost, its rule's row); otherwise empty. */
        public XYSeriesCollection selectedUntrained() {
            return selectedUntrained;
        }

        /**
         * Error bars: trained variants with two or more finished seeds at (cost, mean, mean − std, mean + std),
         * std the sample standard deviation; one series per rule in {@link ScalingRule} order, cheapest first.
         */
        public YIntervalSeriesCollection spread() {
            return spread;
        }

        /**
         * Fitted curves, one series per rule in {@link ScalingRule} order: (MACs, predicted accuracy, lower and upper
         * end of the 95% prediction band for one new run), evenly spaced in log-MACs across the rule's variants.
         * Filled on the MACs chart only (the curve's variable), while {@link #fitCurvesProperty()} is on; a rule
         * without a fit has an empty series ({@link #fitNoteProperty()} says why).
         */
        public YIntervalSeriesCollection fits() {
            return fits;
        }
    }

    /** Charts on the production executor (a daemon worker thread, callbacks on the FX thread). */
    public ChartsViewModel(WorkbenchModel model) {
        this(model, new FxExecutor(1));
    }

    public ChartsViewModel(WorkbenchModel model, BackgroundExecutor executor) {
        this.model = model;
        this.fits = new CurveFitScheduler(executor, this::fitInput, this::applyFits, fitNote::set);
        this.tooltips = new ChartTooltips(this::statsOf, () -> fitResult);
        this.export = new ChartExport(executor);
        for (CostMetric m : CostMetric.values()) {
            data.put(m, new MetricData());
        }
        model.gridProperty().addListener(o -> refreshPoints());
        model.baselineProperty().addListener(o -> refreshPoints());
        model.recipeProperty().addListener(o -> refreshPoints());
        model.datasetProperty().addListener(o -> refreshPoints());
        model.seedsProperty().addListener(o -> refreshPoints());
        model.limitsProperty().addListener(o -> refreshPoints());
        model.nativeResolutionProperty().addListener(o -> refreshPoints());
        model.fitCurvesProperty().addListener(o -> refreshFits());
        model.runs().addListener((MapChangeListener<String, RunRecord>) c -> refreshPoints());
        model.rules().addListener((ListChangeListener<ScalingRule>) c -> {
            shownRules.set(List.copyOf(model.rules()));
            refreshPoints();
        });
        model.selectedProperty().addListener(o -> refreshSelection());
        shownRules.set(List.copyOf(model.rules()));
        refreshPoints();
    }

    // Datasets //

    public MetricData data(CostMetric metric) {
        return data.get(metric);
    }

    /** The variant a plotted item stands for; empty for the frontier's corners or an unknown item. */
    public Optional<Variant> variantAt(XYDataset dataset, int series, int item) {
        if (series < 0 || series >= (dataset == null ? 0 : dataset.getSeriesCount())) {
            return Optional.empty();
        }
        Object s = dataset instanceof XYSeriesCollection c ? c.getSeries(series)
                : dataset instanceof YIntervalSeriesCollection c ? c.getSeries(series) : null;
        List<Variant> vs = s == null ? null : variantsOf.get(s);
        return vs == null || item < 0 || item >= vs.size() ? Optional.empty() : Optional.of(vs.get(item));
    }

    /**
     * The tooltip of a plotted item: rule, φ, d, w, r, resolution, params, MACs, accuracy over the seeds and, with
     * fits on, what the curve predicts; for a point of a fitted curve, the curve there and its formula.
     */
    public String tooltipAt(XYDataset dataset, int series, int item) {
        for (MetricData d : data.values()) {
            if (dataset == d.fits) {
                return tooltips.curve(series, item);
            }
        }
        return variantAt(dataset, series, item).map(this::describe).orElse(null);
    }

    /** Mean test accuracy of a variant's finished seeds under the current recipe and dataset. */
    public OptionalDouble accuracyOf(Variant v) {
        return statsOf(v).map(st -> OptionalDouble.of(st.mean())).orElse(OptionalDouble.empty());
    }

    /** Summary (n, mean, std, min, max) of a variant's finished seeds; empty when none has finished. */
    public Optional<SeedStats> statsOf(Variant v) {
        return model.accuracyStats(v);
    }

    /** What the fitted curve says about a variant (leave-one-out for a trained one); empty with fits off. */
    Optional<CurveFits.VariantPrediction> predictionOf(Variant v) {
        return Optional.ofNullable(fitResult.predictions().get(v));
    }

    /** A rule's fit, while fits are on and it has been computed. */
    public Optional<FitOutcome> fitOf(ScalingRule rule) {
        CurveFits.RuleFit f = fitResult.fits().get(rule);
        return f == null ? Optional.empty() : Optional.of(f.outcome());
    }

    /** The tooltip of a variant. */
    public String describe(Variant v) {
        return tooltips.variant(v) + marks(v);
    }

    /** What the tooltip adds for an upsampled input or a broken limit (not cached: the limits change apart from the points). */
    private String marks(Variant v) {
        StringBuilder sb = new StringBuilder();
        if (upsampled(v)) {
            sb.append(String.format(Locale.ROOT, "%nupsampled: its %d px input is larger than the data's native %s (more "
                    + "pixels, no more information)", v.spec().input().resolution(),
                    model.nativeResolutionProperty().get().describe()));
        }
        if (overLimits(v)) {
            sb.append("\nover the limits: ").append(String.join(", ", model.limitsAtRecipeBatch().broken(v.cost())))
                    .append(" (not on the frontier)");
        }
        return sb.toString();
    }

    /** Whether the variant's input is upsampled past the data's native resolution (drawn as a diamond). */
    public boolean upsampled(Variant v) {
        return model.isUpsampled(v);
    }

    /** Whether the variant breaks a cost limit (drawn faded, left off the frontier). */
    public boolean overLimits(Variant v) {
        return !model.isFeasible(v);
    }

    /** The cost limits, at the recipe's batch. */
    public org.scalelab.domain.cost.CostLimits limits() {
        return model.limitsAtRecipeBatch();
    }

    /** Changes of the limits or of the data's native resolution: what the charts' lines and legend follow. */
    public void addMarksListener(javafx.beans.InvalidationListener l) {
        model.limitsProperty().addListener(l);
        model.nativeResolutionProperty().addListener(l);
        model.recipeProperty().addListener(l);
    }

    /** Whether any shown variant is upsampled (the legend then says what a diamond means). */
    public boolean anyUpsampled() {
        return model.gridProperty().get().stream().anyMatch(model::isUpsampled);
    }

    /** The data's native resolution in words, or empty while unknown. */
    public String nativeResolutionText() {
        var n = model.nativeResolutionProperty().get();
        return n == null ? "" : n.describe();
    }

    // Interaction //

    /** Selects a variant everywhere: its rule and φ become the workbench's. */
    public void select(Variant v) {
        model.selectedRuleProperty().set(v.rule());
        model.phiProperty().set(v.phi());
    }

    /**
     * Keyboard selection along a curve: selects the selected rule's next grid point by φ (and so by cost),
     * {@code +1} costlier, {@code -1} cheaper; from between grid points, the nearest one that way. Stays put at
     * either end.
     */
    public void stepAlongRule(int direction) {
        Variant v = model.selectedProperty().get();
        if (v == null || direction == 0) {
            return;
        }
        double phi = model.phiProperty().get();
        List<Double> phis = model.gridProperty().get().stream().filter(g -> g.rule() == v.rule())
                .map(Variant::phi).sorted().toList();
        Optional<Double> next = direction > 0
                ? phis.stream().filter(p -> p > phi + 1e-9).findFirst()
                : phis.stream().filter(p -> p < phi - 1e-9).reduce((a, b) -> b);
        next.ifPresent(p -> model.phiProperty().set(p));
    }

    /** Keyboard selection across curves: the same φ on the next ({@code +1}) or previous shown rule, wrapping. */
    public void stepRule(int direction) {
        List<ScalingRule> rules = shownRules.get();
        if (rules.isEmpty() || direction == 0) {
            return;
        }
        int at = rules.indexOf(model.selectedRuleProperty().get());
        int next = at < 0 ? 0 : Math.floorMod(at + Integer.signum(direction), rules.size());
        model.selectedRuleProperty().set(rules.get(next));
    }

    /** Selects the variant behind a clicked item; returns whether there was one. */
    public boolean selectAt(XYDataset dataset, int series, int item) {
        Optional<Variant> v = variantAt(dataset, series, item);
        v.ifPresent(this::select);
        return v.isPresent();
    }

    /**
     * True while the datasets are being rewritten. Every series fires its own change event, and a chart redraws on
     * each; the view holds its charts' redraws while this is true, so one refresh draws each chart once.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }

    /** Whether the cost axes are logarithmic. */
    public BooleanProperty logAxisProperty() {
        return logAxis;
    }

    /** Whether each shown rule's runs are fitted and the curves drawn (the workbench's setting, kept in projects). */
    public BooleanProperty fitCurvesProperty() {
        return model.fitCurvesProperty();
    }

    /** The rule whose fitted curve's band is filled: the selected rule (the others show their curve only). */
    public ReadOnlyObjectProperty<ScalingRule> bandRuleProperty() {
        return model.selectedRuleProperty();
    }

    /** The rules whose fitted curve is drawn now (empty with fits off). */
    public ReadOnlyObjectProperty<List<ScalingRule>> fittedRulesProperty() {
        return fittedRules.getReadOnlyProperty();
    }

    /**
     * With fits on: which shown rules have no curve, or a curve without a band, and why (rules with the same reason
     * share a line); empty otherwise.
     */
    public ReadOnlyStringProperty fitNoteProperty() {
        return fitNote.getReadOnlyProperty();
    }

    /** Whether any drawn point has an error bar (two or more finished seeds). */
    public javafx.beans.property.ReadOnlyBooleanProperty spreadShownProperty() {
        return spreadShown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty trainedCountProperty() {
        return trainedCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty untrainedCountProperty() {
        return untrainedCount.getReadOnlyProperty();
    }

    /** The rules the workbench shows, in its order (the legend lists these). */
    public ReadOnlyObjectProperty<List<ScalingRule>> shownRulesProperty() {
        return shownRules.getReadOnlyProperty();
    }

    /** The published figures for the reference view, loaded once from the class path. */
    public ReferenceData reference() {
        if (reference == null) {
            reference = ReferenceData.load();
        }
        return reference;
    }

    /** PNG and SVG export of a chart. */
    public ChartExport export() {
        return export;
    }

    // Refresh //

    private record Point(Variant variant, SeedStats stats) {
    }

    private void refreshPoints() {
        whileUpdating(this::rewritePoints);
        refreshFits();
    }

    /** Runs a rewrite of the datasets with {@link #updatingProperty()} true; nested calls keep it true. */
    private void whileUpdating(Runnable rewrite) {
        boolean outer = !updating.get();
        updating.set(true);
        try {
            rewrite.run();
        } finally {
            updating.set(!outer);
        }
    }

    private void rewritePoints() {
        tooltips.forget();
        List<Variant> grid = model.gridProperty().get();
        Map<ScalingRule, List<Point>> trainedBy = new EnumMap<>(ScalingRule.class);
        Map<ScalingRule, List<Variant>> untrainedBy = new EnumMap<>(ScalingRule.class);
        int nTrained = 0;
        boolean anySpread = false;
        for (Variant v : grid) {
            Optional<SeedStats> st = statsOf(v);
            if (st.isPresent()) {
                trainedBy.computeIfAbsent(v.rule(), r -> new ArrayList<>()).add(new Point(v, st.get()));
                nTrained++;
                anySpread |= st.get().hasSpread();
            } else {
                untrainedBy.computeIfAbsent(v.rule(), r -> new ArrayList<>()).add(v);
            }
        }
        for (CostMetric m : CostMetric.values()) {
            MetricData d = data.get(m);
            List<CostPoint> all = new ArrayList<>();
            for (ScalingRule r : ScalingRule.values()) {
                List<Point> pts = new ArrayList<>(trainedBy.getOrDefault(r, List.of()));
                pts.sort(Comparator.comparingDouble(p -> m.of(p.variant())));
                XYSeries s = d.trained.getSeries(r.ordinal());
                YIntervalSeries bars = d.spread.getSeries(r.ordinal());
                s.setNotify(false);
                bars.setNotify(false);
                s.clear();
                bars.clear();
                List<Variant> order = new ArrayList<>();
                List<Variant> barOrder = new ArrayList<>();
                for (Point p : pts) {
                    double x = m.of(p.variant());
                    double mean = p.stats().mean();
                    s.add(x, mean, false);
                    order.add(p.variant());
                    if (p.stats().hasSpread()) {
                        bars.add(new YIntervalDataItem(x, mean, mean - p.stats().std(), mean + p.stats().std()), false);
                        barOrder.add(p.variant());
                    }
                    if (model.isFeasible(p.variant())) { // the frontier of what the limits allow
                        all.add(new CostPoint(r.id() + "@" + p.variant().phi(), x, mean));
                    }
                }
                variantsOf.put(s, order);
                variantsOf.put(bars, barOrder);
                s.setNotify(true);
                bars.setNotify(true);

                List<Variant> open = new ArrayList<>(untrainedBy.getOrDefault(r, List.of()));
                open.sort(Comparator.comparingDouble(m::of));
                XYSeries u = d.untrained.getSeries(r.ordinal());
                u.setNotify(false);
                u.clear();
                int row = shownRules.get().indexOf(r);
                for (Variant v : open) {
                    u.add(m.of(v), row, false);
                }
                variantsOf.put(u, open);
                u.setNotify(true);
            }
            XYSeries f = d.frontier.getSeries(0);
            f.setNotify(false);
            f.clear();
            for (double[] xy : ParetoFrontier.staircase(ParetoFrontier.of(all))) {
                f.add(xy[0], xy[1], false);
            }
            f.setNotify(true);
        }
        trainedCount.set(nTrained);
        untrainedCount.set(grid.size() - nTrained);
        spreadShown.set(anySpread);
        refreshSelection();
    }

    /** Asks for the curve fits of the shown rules in the background ({@link CurveFitScheduler}); off: none drawn. */
    private void refreshFits() {
        if (!model.fitCurvesProperty().get()) {
            fits.off();
            applyFits(CurveFits.Result.EMPTY);
            return;
        }
        fits.request();
    }

    /** Every shown rule's variants with the accuracies of their finished seeds. */
    private Map<ScalingRule, List<CurveFits.Measured>> fitInput() {
        Map<ScalingRule, List<CurveFits.Measured>> input = new EnumMap<>(ScalingRule.class);
        List<ScalingRule> shown = shownRules.get();
        for (Variant v : model.gridProperty().get()) {
            if (shown.contains(v.rule())) {
                input.computeIfAbsent(v.rule(), r -> new ArrayList<>()).add(new CurveFits.Measured(v, model.accuracies(v)));
            }
        }
        return input;
    }

    /** The fit note before any run: what it takes, in plain words (no parameters or point counts). */
    static final String NOTHING_TO_FIT = "Fitted curves appear once a rule has trained runs at three different costs.";

    /** Fits are on, and no shown rule has a single run to fit. */
    private boolean nothingTrained(CurveFits.Result result) {
        if (result.fits().isEmpty()) {
            return false;
        }
        for (ScalingRule r : shownRules.get()) {
            CurveFits.RuleFit fit = result.fits().get(r);
            if (fit != null && !(fit.outcome() instanceof FitOutcome.NoFit none && none.points() == 0)) {
                return false;
            }
        }
        return true;
    }

    private void applyFits(CurveFits.Result result) {
        if (result == fitResult) {
            return;
        }
        whileUpdating(() -> {
            fitResult = result;
            tooltips.forget();
            MetricData d = data.get(CostMetric.MACS);
            List<ScalingRule> fitted = new ArrayList<>();
            for (ScalingRule r : ScalingRule.values()) {
                YIntervalSeries s = d.fits.getSeries(r.ordinal());
                CurveFits.RuleFit fit = result.fits().get(r);
                if (s.getItemCount() == 0 && (fit == null || fit.curve().isEmpty())) {
                    continue;
                }
                s.setNotify(false);
                s.clear();
                if (fit != null) {
                    for (Prediction q : fit.curve()) {
                        double lo = q.hasBand() ? q.lower() : q.value();
                        double hi = q.hasBand() ? q.upper() : q.value();
                        s.add(new YIntervalDataItem(q.macs(), q.value(), lo, hi), false);
                    }
                }
                s.setNotify(true);
            }
            Map<String, List<String>> noCurve = new LinkedHashMap<>();
            Map<String, List<String>> noBand = new LinkedHashMap<>();
            for (ScalingRule r : shownRules.get()) {
                CurveFits.RuleFit fit = result.fits().get(r);
                if (fit == null) {
                    continue;
                }
                if (!fit.curve().isEmpty()) {
                    fitted.add(r);
                }
                if (fit.outcome() instanceof FitOutcome.NoFit none) {
                    noCurve.computeIfAbsent(none.reason(), k -> new ArrayList<>()).add(r.label());
                } else if (fit.curveOrNull() != null && !fit.curveOrNull().hasBand()) {
                    noBand.computeIfAbsent(fit.curveOrNull().bandNote(), k -> new ArrayList<>()).add(r.label());
                }
            }
            // Rules with the same reason share a line: with nothing trained, one line instead of four.
            List<String> lines = new ArrayList<>();
            noCurve.forEach((why, rules) -> lines.add("No curve for " + String.join(", ", rules) + ": " + why));
            noBand.forEach((why, rules) -> lines.add("No band for " + String.join(", ", rules) + ": " + why));
            String note = String.join("\n", lines);
            fitNote.set(nothingTrained(result) ? NOTHING_TO_FIT : note);
            if (!fitted.equals(fittedRules.get())) {
                fittedRules.set(List.copyOf(fitted));
            }
        });
    }

    private void refreshSelection() {
        whileUpdating(this::rewriteSelection);
    }

    private void rewriteSelection() {
        Variant v = model.selectedProperty().get();
        OptionalDouble acc = v == null ? OptionalDouble.empty() : accuracyOf(v);
        for (CostMetric m : CostMetric.values()) {
            MetricData d = data.get(m);
            XYSeries t = d.selectedTrained.getSeries(0);
            XYSeries u = d.selectedUntrained.getSeries(0);
            t.setNotify(false);
            u.setNotify(false);
            t.clear();
            u.clear();
            List<Variant> one = v == null ? List.of() : List.of(v);
            int row = v == null ? -1 : shownRules.get().indexOf(v.rule());
            variantsOf.put(t, acc.isPresent() ? one : List.of());
            variantsOf.put(u, acc.isPresent() || row < 0 ? List.of() : one);
            if (v != null && acc.isPresent()) {
                t.add(m.of(v), acc.getAsDouble(), false);
            } else if (row >= 0) {
                u.add(m.of(v), row, false);
            }
            t.setNotify(true);
            u.setNotify(true);
        }
    }
}
