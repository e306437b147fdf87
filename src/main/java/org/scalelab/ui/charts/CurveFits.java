package org.scalelab.ui.charts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.stats.AccuracyCurve;
import org.scalelab.domain.stats.FitOutcome;
import org.scalelab.domain.stats.FitPoint;
import org.scalelab.domain.stats.Prediction;
import org.scalelab.domain.stats.SaturatingFit;

/**
 * The charts' scaling-law fits, without JavaFX, run in the background: per rule, {@link SaturatingFit} over every
 * finished run of the rule's variants (each seed one point), the fitted curve sampled across the rule's variants'
 * MACs, and a prediction for every variant. An untrained variant is predicted by its rule's curve; a trained one by
 * the curve fitted <em>without its own runs</em> (leave-one-out), so that the prediction shown beside its measured
 * accuracy did not see that accuracy.
 */
final class CurveFits {
    /** Points per drawn curve, evenly spaced in log-MACs. */
    static final int CURVE_POINTS = 64;

    /** One network of a rule and the test accuracies of its finished seeds (empty: not trained yet). */
    record Measured(Variant variant, List<Double> accuracies) {
        Measured {
            accuracies = List.copyOf(accuracies);
        }
    }

    /** What a rule's curve says about one variant, or why it says nothing ({@code problem}). */
    record VariantPrediction(Prediction prediction, boolean leftOut, String problem) {
        boolean present() {
            return prediction != null;
        }
    }

    /** A rule's fit: the outcome, and the curve to draw (empty without a fit). */
    record RuleFit(ScalingRule rule, FitOutcome outcome, List<Prediction> curve) {
        RuleFit {
            curve = List.copyOf(curve);
        }

        AccuracyCurve curveOrNull() {
            return outcome instanceof AccuracyCurve c ? c : null;
        }
    }

    /** Every rule's fit and every variant's prediction, keyed by the variant (its rule included). */
    record Result(Map<ScalingRule, RuleFit> fits, Map<Variant, VariantPrediction> predictions) {
        static final Result EMPTY = new Result(Map.of(), Map.of());
    }

    private CurveFits() {
    }

    /**
     * Fits each rule's variants. A network listed twice under one rule (rounding can map two φ to one spec) counts
     * once, so its runs are not counted twice.
     */
    static Result compute(Map<ScalingRule, List<Measured>> byRule) {
        Map<ScalingRule, RuleFit> fits = new EnumMap<>(ScalingRule.class);
        Map<Variant, VariantPrediction> predictions = new HashMap<>();
        byRule.forEach((rule, variants) -> {
            Map<Object, Measured> distinct = new LinkedHashMap<>();
            for (Measured m : variants) {
                distinct.putIfAbsent(m.variant().spec(), m);
            }
            List<FitPoint> all = points(distinct.values(), null);
            FitOutcome outcome = SaturatingFit.fit(all);
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (Measured m : variants) {
                lo = Math.min(lo, m.variant().cost().macs());
                hi = Math.max(hi, m.variant().cost().macs());
            }
            List<Prediction> curve = outcome instanceof AccuracyCurve c && hi > lo
                    ? c.curve(lo, hi, CURVE_POINTS) : List.of();
            fits.put(rule, new RuleFit(rule, outcome, curve));
            Map<Object, VariantPrediction> leftOut = new HashMap<>();
            for (Measured m : variants) {
                VariantPrediction p;
                if (m.accuracies().isEmpty()) {
                    p = predict(outcome, m.variant(), false, "");
                } else {
                    p = leftOut.computeIfAbsent(m.variant().spec(), spec -> predict(
                            SaturatingFit.fit(points(distinct.values(), spec)), m.variant(), true, "without its own runs, "));
                }
                predictions.put(m.variant(), p);
            }
        });
        return new Result(fits, predictions);
    }

    private static List<FitPoint> points(Iterable<Measured> measured, Object leaveOut) {
        List<FitPoint> out = new ArrayList<>();
        for (Measured m : measured) {
            if (m.variant().spec().equals(leaveOut)) {
                continue;
            }
            for (double acc : m.accuracies()) {
                out.add(new FitPoint(m.variant().cost().macs(), acc));
            }
        }
        return out;
    }

    private static VariantPrediction predict(FitOutcome outcome, Variant v, boolean leftOut, String context) {
        if (outcome instanceof AccuracyCurve c) {
            return new VariantPrediction(c.predict(v.cost().macs()), leftOut, null);
        }
        FitOutcome.NoFit none = (FitOutcome.NoFit) outcome;
        return new VariantPrediction(null, leftOut, context + "no curve: " + none.reason());
    }
}
