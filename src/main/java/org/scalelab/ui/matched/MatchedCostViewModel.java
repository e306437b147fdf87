package org.scalelab.ui.matched;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.frontier.Estimate;
import org.scalelab.domain.frontier.MatchedCost;
import org.scalelab.domain.frontier.RuleFronts;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.training.RunRecord;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * "Matched cost" without controls: type a MACs budget (or click the chart's cost axis) and read each shown rule's
 * accuracy at that cost, interpolated in log MACs between its two nearest trained variants, with a 95% interval
 * over seeds, and its gap to compound ({@link RuleFronts}); beside it, each rule's hypervolume, one number for the
 * quality of its front. Also the lecture's limits (MACs, params, training memory): set here, they go to the
 * workbench model, whose charts draw them and dim what breaks one; only variants within them count here (the
 * frontier over the feasible ones). FX thread only.
 */
public final class MatchedCostViewModel {
    /**
     * One rule's line.
     *
     * @param accuracy    e.g. {@code 84.7 % [84.1, 85.3]}, or why there is no reading
     * @param gap         rule minus compound in points with its interval, e.g. {@code −0.4 [−1.1, +0.3]}; "–" for compound
     * @param hypervolume in accuracy points × decades of MACs, or "–" without trained variants
     */
    public record Row(ScalingRule rule, String label, String accuracy, String gap, String hypervolume) {
    }

    private final WorkbenchModel model;
    private final StringProperty costText = new SimpleStringProperty(this, "costText", "");
    private final StringProperty maxMacsText = new SimpleStringProperty(this, "maxMacsText", "");
    private final StringProperty maxParamsText = new SimpleStringProperty(this, "maxParamsText", "");
    private final StringProperty maxMemoryText = new SimpleStringProperty(this, "maxMemoryText", "");
    private final ReadOnlyObjectWrapper<Double> cost = new ReadOnlyObjectWrapper<>(this, "cost");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public MatchedCostViewModel(WorkbenchModel model) {
        this.model = model;
        model.gridProperty().addListener(o -> refresh());
        model.rules().addListener((ListChangeListener<ScalingRule>) c -> refresh());
        model.runs().addListener((MapChangeListener<String, RunRecord>) c -> refresh());
        model.seedsProperty().addListener(o -> refresh());
        model.recipeProperty().addListener(o -> refresh());
        model.datasetProperty().addListener(o -> refresh());
        model.limitsProperty().addListener(o -> refresh());
        refresh();
    }

    /** Reads the typed cost (e.g. {@code 4.5M}, {@code 4500000}); a bad one is named and nothing changes. */
    public void read() {
        String text = costText.get().strip();
        if (text.isEmpty()) {
            cost.set(null);
            error.set("");
            refresh();
            return;
        }
        try {
            setCost(CostLimits.parseCount(text));
        } catch (IllegalArgumentException e) {
            error.set("MACs: " + e.getMessage());
        }
    }

    /** A cost picked elsewhere, e.g. a click on the chart's MACs axis. */
    public void setCost(double macs) {
        if (!(macs > 0) || !Double.isFinite(macs)) {
            return;
        }
        cost.set(macs);
        costText.set(macs(macs));
        error.set("");
        refresh();
    }

    /** Sets the limits typed (each empty for none) on the workbench model; a bad one is named and nothing changes. */
    public void applyLimits() {
        try {
            long m = amount(maxMacsText.get(), "max MACs", CostLimits::parseCount);
            long p = amount(maxParamsText.get(), "max params", CostLimits::parseCount);
            long b = amount(maxMemoryText.get(), "max memory", CostLimits::parseBytes);
            model.limitsProperty().set(new CostLimits(m, p, b, model.recipeProperty().get().batchSize()));
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private static long amount(String text, String what, java.util.function.ToLongFunction<String> parse) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return parse.applyAsLong(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }

    /** Each shown rule's trained variants within the limits: MACs and accuracy over seeds, one point per network. */
    Map<ScalingRule, List<MatchedCost.Point>> points() {
        Map<ScalingRule, List<MatchedCost.Point>> out = new EnumMap<>(ScalingRule.class);
        for (ScalingRule rule : model.rules()) {
            List<MatchedCost.Point> points = new ArrayList<>();
            Set<NetworkSpec> seen = new HashSet<>();
            for (Variant v : model.gridProperty().get()) {
                if (v.rule() != rule || !model.isFeasible(v) || !seen.add(v.spec())) {
                    continue;
                }
                model.accuracyStats(v).ifPresent(s -> points.add(new MatchedCost.Point(v.cost().macs(), s)));
            }
            out.put(rule, points);
        }
        return out;
    }

    private void refresh() {
        Map<ScalingRule, List<MatchedCost.Point>> points = points();
        Map<ScalingRule, Double> hypervolumes = RuleFronts.hypervolumes(points);
        Double at = cost.get();
        Map<ScalingRule, RuleFronts.Reading> readings = new EnumMap<>(ScalingRule.class);
        if (at != null) {
            RuleFronts.at(points, at).forEach(r -> readings.put(r.rule(), r));
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<ScalingRule, List<MatchedCost.Point>> e : points.entrySet()) {
            ScalingRule rule = e.getKey();
            RuleFronts.Reading r = readings.get(rule);
            String accuracy = at == null ? "–" : r.accuracy().map(MatchedCostViewModel::percent)
                    .orElse(outside(e.getValue()));
            String gap = rule == ScalingRule.COMPOUND || at == null ? "–"
                    : r.gapToCompound().map(MatchedCostViewModel::points).orElse("–");
            Double hv = hypervolumes.get(rule);
            out.add(new Row(rule, rule.label(), accuracy, gap, hv == null ? "–"
                    : String.format(Locale.ROOT, "%.2f", 100 * hv)));
        }
        rows.setAll(out);
        CostLimits limits = model.limitsProperty().get();
        summary.set((at == null ? "Type a MACs budget, or click the MACs axis of the chart."
                : "At " + macs(at) + " MACs: each rule between its two nearest trained variants (log MACs), mean over"
                        + " seeds, [95% interval over seeds]; gap: rule − compound, in points.")
                + (limits.isNone() ? "" : " Only variants within " + model.limitsAtRecipeBatch().describe() + " count."));
    }

    /** Why a rule has no reading: nothing trained, or the cost lies outside its trained variants' MACs. */
    private static String outside(List<MatchedCost.Point> points) {
        if (points.isEmpty()) {
            return "no trained variant";
        }
        double low = points.stream().mapToDouble(MatchedCost.Point::cost).min().orElseThrow();
        double high = points.stream().mapToDouble(MatchedCost.Point::cost).max().orElseThrow();
        return low == high ? "one trained variant, at " + macs(low) : "outside its trained " + macs(low) + "–" + macs(high);
    }

    static String percent(Estimate e) {
        return e.hasInterval() ? String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f]", 100 * e.value(), 100 * e.low(),
                100 * e.high()) : String.format(Locale.ROOT, "%.1f %% (one seed: no interval)", 100 * e.value());
    }

    static String points(Estimate e) {
        return e.hasInterval() ? String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f]", 100 * e.value(), 100 * e.low(),
                100 * e.high()) : String.format(Locale.ROOT, "%+.1f", 100 * e.value());
    }

    static String macs(double n) {
        return n >= 1e9 ? String.format(Locale.ROOT, "%.2fG", n / 1e9) : n >= 1e6
                ? String.format(Locale.ROOT, "%.2fM", n / 1e6) : String.format(Locale.ROOT, "%.0fk", n / 1e3);
    }

    public StringProperty costTextProperty() {
        return costText;
    }

    public StringProperty maxMacsTextProperty() {
        return maxMacsText;
    }

    public StringProperty maxParamsTextProperty() {
        return maxParamsText;
    }

    public StringProperty maxMemoryTextProperty() {
        return maxMemoryText;
    }

    public ReadOnlyObjectProperty<Double> costProperty() {
        return cost.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The reading of one rule, for tests and the lecture readout. */
    public Optional<Row> row(ScalingRule rule) {
        return rows.stream().filter(r -> r.rule() == rule).findFirst();
    }
}
