package org.scalelab.ui.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.format.Numbers;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.concurrent.Latest;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * What the scaling figure shows: the baseline and its wider, deeper, higher-resolution and compound variants at
 * the current φ, either all at the compound variant's MACs (the rules' variants of the table and charts) or each
 * dimension grown alone by its compound factor (w = β^φ, d = α^φ, r = γ^φ), the way the paper's Figure 2 pulls
 * compound scaling apart. Computed in the background, latest change wins. FX thread only; holds no controls.
 */
public final class ScalingFigureViewModel {
    /** The four rules drawn beside the baseline, in the paper's order. */
    public static final List<ScalingRule> RULES = List.of(ScalingRule.WIDTH, ScalingRule.DEPTH, ScalingRule.RESOLUTION,
            ScalingRule.COMPOUND);

    /** How the single-dimension columns are chosen. */
    public enum Comparison {
        /** Each rule's variant with about the compound variant's MACs (as in the table and the charts). */
        EQUAL_MACS("Equal MACs"),
        /** Each dimension alone, grown by its compound factor: w = β^φ, d = α^φ, r = γ^φ. */
        SAME_PHI("Same φ, one dimension");

        private final String label;

        Comparison(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The networks to draw (baseline first) and the selected rule. */
    public record Figure(List<FigureNetwork> networks, ScalingRule selected, double phi, Comparison comparison) {
        public static final Figure EMPTY = new Figure(List.of(), null, 0, Comparison.EQUAL_MACS);
    }

    private record Inputs(NetworkSpec base, CompoundCoefficients coefficients, RoundingPolicy policy, double phi,
                          Comparison comparison, Map<ScalingRule, Variant> atPhi, ScalingRule selected,
                          NativeResolution nativeResolution) {
    }

    private final WorkbenchModel model;
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(this, "comparison",
            Comparison.EQUAL_MACS);
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>(this, "figure", Figure.EMPTY);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final Latest<Figure> latest;
    /** Used by one background computation at a time (see {@link #compute}). */
    private VariantFactory factory;

    public ScalingFigureViewModel(WorkbenchModel model, BackgroundExecutor executor) {
        this.model = model;
        this.latest = new Latest<>(executor);
        model.atPhiProperty().addListener(o -> refresh());
        model.selectedRuleProperty().addListener(o -> refresh());
        model.nativeResolutionProperty().addListener(o -> refresh());
        comparison.addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        Inputs in = new Inputs(model.baselineProperty().get(), model.coefficientsProperty().get(),
                model.policyProperty().get(), model.phiProperty().get(), comparison.get(),
                Map.copyOf(model.atPhiProperty().get()), model.selectedRuleProperty().get(),
                model.nativeResolutionProperty().get());
        latest.submit(() -> compute(in), f -> {
            figure.set(f);
            heading.set(heading(f));
        }, e -> heading.set("cannot draw the variants: " + e.getMessage()));
    }

    private synchronized Figure compute(Inputs in) {
        if (factory == null || !factory.base().equals(in.base()) || !factory.coefficients().equals(in.coefficients())
                || !factory.policy().equals(in.policy())) {
            factory = new VariantFactory(in.base(), in.coefficients(), in.policy());
        }
        Variant base = factory.variant(ScalingRule.COMPOUND, 0);
        long baseMacs = base.cost().macs();
        List<FigureNetwork> networks = new ArrayList<>();
        networks.add(network(null, base, baseMacs, in.nativeResolution()));
        for (ScalingRule r : RULES) {
            Variant shown = in.atPhi().get(r);
            boolean usable = in.comparison() == Comparison.EQUAL_MACS && shown != null
                    && Math.abs(shown.phi() - in.phi()) < 1e-9;
            networks.add(network(r, usable ? shown : variant(r, in.phi(), in.comparison()), baseMacs,
                    in.nativeResolution()));
        }
        return new Figure(List.copyOf(networks), in.selected(), in.phi(), in.comparison());
    }

    private Variant variant(ScalingRule rule, double phi, Comparison how) {
        if (how == Comparison.EQUAL_MACS || rule == ScalingRule.COMPOUND) {
            return factory.variant(rule, phi);
        }
        CompoundCoefficients c = factory.coefficients();
        double t = switch (rule) {
            case WIDTH -> Math.pow(c.beta(), phi);
            case DEPTH -> Math.pow(c.alpha(), phi);
            case RESOLUTION -> Math.pow(c.gamma(), phi);
            default -> throw new IllegalArgumentException("no single dimension: " + rule);
        };
        return factory.direct(rule, t, phi);
    }

    private static FigureNetwork network(ScalingRule rule, Variant v, long baseMacs, NativeResolution data) {
        return new FigureNetwork(rule, v.spec(), v.multipliers(), v.cost().params(), v.cost().macs(),
                v.cost().macs() / (double) baseMacs, data != null && data.upsamples(v.spec().input().resolution()));
    }

    static String heading(Figure f) {
        if (f.networks().isEmpty()) {
            return "";
        }
        String phi = String.format(Locale.ROOT, "φ = %.2f", f.phi());
        if (f.comparison() == Comparison.EQUAL_MACS) {
            long macs = f.networks().get(f.networks().size() - 1).macs();
            return phi + " · every column ≈ " + Numbers.count(macs) + " MACs, the compound network's cost";
        }
        return phi + " · each dimension alone by its compound factor: w = β^φ, d = α^φ, r = γ^φ";
    }

    /** Equal MACs (default) or the same φ with one dimension at a time. */
    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /** One line saying what the columns have in common, e.g. "At φ = 1.00, each rule's network with about … MACs". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
