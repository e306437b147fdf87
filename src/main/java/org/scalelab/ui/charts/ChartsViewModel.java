package org.scalelab.ui.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
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
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.scalelab.domain.frontier.CostPoint;
import org.scalelab.domain.frontier.ParetoFrontier;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.concurrent.FxExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * State of the accuracy/cost charts, without controls: for each {@link CostMetric} the JFreeChart datasets that
 * the view draws (trained variants per rule, untrained variants per rule, the Pareto frontier of trained
 * variants as a staircase, the selected variant), kept up to date from the {@link WorkbenchModel}. Datasets and
 * series are created once and refilled in place, so a change redraws the chart without rebuilding it.
 * FX thread only, except export, whose file writing runs on the {@link BackgroundExecutor}.
 */
public final class ChartsViewModel {
    /** Title of the reference view, which never shares axes with local accuracy. */
    public static final String REFERENCE_TITLE = "Published ImageNet results (not comparable with local accuracy)";

    private final WorkbenchModel model;
    private final BackgroundExecutor executor;
    private final Map<CostMetric, MetricData> data = new EnumMap<>(CostMetric.class);
    /** Which variant each plotted item stands for, by series, in item order. */
    private final Map<XYSeries, List<Variant>> variantsOf = new IdentityHashMap<>();
    /**
     * Run keys by scaled spec: hashing a spec costs a JSON walk and a SHA-256, and the grid's specs repeat as φ
     * moves, so they are hashed once per recipe and dataset.
     */
    private final Map<org.scalelab.domain.spec.NetworkSpec, String> keys = new java.util.HashMap<>();
    private final BooleanProperty logAxis = new SimpleBooleanProperty(this, "logAxis", false);
    private final ReadOnlyIntegerWrapper trainedCount = new ReadOnlyIntegerWrapper(this, "trainedCount");
    private final ReadOnlyIntegerWrapper untrainedCount = new ReadOnlyIntegerWrapper(this, "untrainedCount");
    private final ReadOnlyObjectWrapper<List<ScalingRule>> shownRules = new ReadOnlyObjectWrapper<>(this, "shownRules",
            List.of());
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper updating =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "updating", false);
    /** Tooltip texts are asked for every item at every redraw; they change only with the points. */
    private final Map<Variant, String> descriptions = new IdentityHashMap<>();
    private ReferenceData reference;

    /** The datasets of one chart. Series in {@code trained} and {@code untrained} follow {@link ScalingRule} order. */
    public static final class MetricData {
        private final XYSeriesCollection trained = new XYSeriesCollection();
        private final XYSeriesCollection untrained = new XYSeriesCollection();
        private final XYSeriesCollection frontier = new XYSeriesCollection();
        private final XYSeriesCollection selectedTrained = new XYSeriesCollection();
        private final XYSeriesCollection selectedUntrained = new XYSeriesCollection();

        MetricData() {
            for (ScalingRule r : ScalingRule.values()) {
                trained.addSeries(new XYSeries(r.label(), false, true));
                untrained.addSeries(new XYSeries(r.label() + " (not trained yet)", false, true));
            }
            frontier.addSeries(new XYSeries("Pareto frontier of trained variants", false, true));
            selectedTrained.addSeries(new XYSeries("selected variant", false, true));
            selectedUntrained.addSeries(new XYSeries("selected variant (not trained yet)", false, true));
        }

        /** Trained variants at (cost, test accuracy in [0, 1]), one series per rule, cheapest first. */
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
    }

    /** Charts on the production executor (a daemon worker thread, callbacks on the FX thread). */
    public ChartsViewModel(WorkbenchModel model) {
        this(model, new FxExecutor(1));
    }

    public ChartsViewModel(WorkbenchModel model, BackgroundExecutor executor) {
        this.model = model;
        this.executor = executor;
        for (CostMetric m : CostMetric.values()) {
            data.put(m, new MetricData());
        }
        model.gridProperty().addListener(o -> refreshPoints());
        model.baselineProperty().addListener(o -> rekeyAndRefresh());
        model.recipeProperty().addListener(o -> rekeyAndRefresh());
        model.datasetProperty().addListener(o -> rekeyAndRefresh());
        model.runs().addListener((MapChangeListener<String, RunRecord>) c -> refreshPoints());
        model.rules().addListener((ListChangeListener<ScalingRule>) c -> {
            shownRules.set(List.copyOf(model.rules()));
            refreshPoints();
        });
        model.selectedProperty().addListener(o -> refreshSelection());
        shownRules.set(List.copyOf(model.rules()));
        rekeyAndRefresh();
    }

    // Datasets //

    public MetricData data(CostMetric metric) {
        return data.get(metric);
    }

    /** The variant a plotted item stands for; empty for the frontier's corners or an unknown item. */
    public Optional<Variant> variantAt(XYDataset dataset, int series, int item) {
        if (!(dataset instanceof XYSeriesCollection c) || series < 0 || series >= c.getSeriesCount()) {
            return Optional.empty();
        }
        List<Variant> vs = variantsOf.get(c.getSeries(series));
        return vs == null || item < 0 || item >= vs.size() ? Optional.empty() : Optional.of(vs.get(item));
    }

    /** The tooltip of a plotted item: rule, φ, d, w, r, resolution, params, MACs and accuracy. */
    public String tooltipAt(XYDataset dataset, int series, int item) {
        return variantAt(dataset, series, item).map(this::describe).orElse(null);
    }

    /** Test accuracy of a variant's finished run under the current recipe and dataset. */
    public OptionalDouble accuracyOf(Variant v) {
        if (keys.size() > 2_000) {
            keys.clear();
        }
        String key = keys.computeIfAbsent(v.spec(), x -> model.requestFor(v).key());
        RunRecord r = model.runs().get(key);
        return r != null && r.status() == RunStatus.DONE && r.result() != null
                ? OptionalDouble.of(r.result().testAccuracy()) : OptionalDouble.empty();
    }

    public String describe(Variant v) {
        return descriptions.computeIfAbsent(v, this::describeNow);
    }

    private String describeNow(Variant v) {
        OptionalDouble acc = accuracyOf(v);
        return String.format(Locale.ROOT, "%s, φ = %s%nd = %.2f, w = %.2f, r = %.2f (%d px)%nparams %s, MACs %s%n%s",
                v.rule().label(), trim(v.phi()), v.multipliers().depth(), v.multipliers().width(),
                v.multipliers().resolution(), v.spec().input().resolution(), String.format(Locale.ROOT, "%,d", v.cost().params()),
                SiNumberFormat.format1(v.cost().macs()),
                acc.isPresent() ? String.format(Locale.ROOT, "test accuracy %.1f %% (local data)", 100 * acc.getAsDouble())
                        : "not trained yet");
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%s", d);
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

    // Export //

    /** Writes a chart as PNG: drawn here (the datasets belong to the FX thread), encoded and written in the background. */
    public void exportPng(JFreeChart chart, Path file, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height);
        write(file, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        });
    }

    /** Writes a chart as SVG: drawn here, written in the background. */
    public void exportSvg(JFreeChart chart, Path file, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        String svg = g.getSVGDocument();
        write(file, () -> svg.getBytes(StandardCharsets.UTF_8));
    }

    /** "Saved …" or "Cannot save …" after the last export; empty before any. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    private interface Bytes {
        byte[] get() throws IOException;
    }

    private void write(Path file, Bytes bytes) {
        exportMessage.set("Saving " + file.getFileName() + " …");
        executor.submit(() -> {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes.get());
            return file;
        }, f -> exportMessage.set("Saved " + f.toAbsolutePath()),
                e -> exportMessage.set("Cannot save " + file + ": " + e.getMessage()));
    }

    // Refresh //

    private void rekeyAndRefresh() {
        keys.clear();
        refreshPoints();
    }

    private record Point(Variant variant, double accuracy) {
    }

    private void refreshPoints() {
        whileUpdating(this::rewritePoints);
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
        descriptions.clear();
        List<Variant> grid = model.gridProperty().get();
        Map<ScalingRule, List<Point>> trainedBy = new EnumMap<>(ScalingRule.class);
        Map<ScalingRule, List<Variant>> untrainedBy = new EnumMap<>(ScalingRule.class);
        int nTrained = 0;
        for (Variant v : grid) {
            OptionalDouble acc = accuracyOf(v);
            if (acc.isPresent()) {
                trainedBy.computeIfAbsent(v.rule(), r -> new ArrayList<>()).add(new Point(v, acc.getAsDouble()));
                nTrained++;
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
                s.setNotify(false);
                s.clear();
                List<Variant> order = new ArrayList<>();
                for (Point p : pts) {
                    s.add(m.of(p.variant()), p.accuracy(), false);
                    order.add(p.variant());
                    all.add(new CostPoint(r.id() + "@" + p.variant().phi(), m.of(p.variant()), p.accuracy()));
                }
                variantsOf.put(s, order);
                s.setNotify(true);

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
        refreshSelection();
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
