package org.scalelab.ui.charts;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.stats.AccuracyCurve;
import org.scalelab.domain.stats.Prediction;
import org.scalelab.domain.stats.SaturatingFit;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.format.Numbers;

/**
 * The charts' tooltip texts: a variant's rule, φ, d, w, r, resolution, params, MACs and accuracy over its seeds, with
 * what the fitted curve predicts for it; a point of a fitted curve with the curve there and its formula. Charts ask
 * for every item's text at every redraw, and a text changes only with the points or the fits, so texts are kept until
 * {@link #forget}.
 */
final class ChartTooltips {
    private final Function<Variant, Optional<SeedStats>> stats;
    private final Supplier<CurveFits.Result> fits;
    private final Map<Variant, String> texts = new IdentityHashMap<>();

    /**
     * @param stats a variant's finished seeds
     * @param fits  the fits drawn now
     */
    ChartTooltips(Function<Variant, Optional<SeedStats>> stats, Supplier<CurveFits.Result> fits) {
        this.stats = stats;
        this.fits = fits;
    }

    /** The points or the fits changed. */
    void forget() {
        texts.clear();
    }

    String variant(Variant v) {
        return texts.computeIfAbsent(v, this::describe);
    }

    private String describe(Variant v) {
        Optional<SeedStats> measured = stats.apply(v);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%s, φ = %s%nd = %.2f, w = %.2f, r = %.2f (%d px)%nparams %s, MACs %s%n",
                v.rule().label(), Numbers.coefficient(v.phi()), v.multipliers().depth(), v.multipliers().width(),
                v.multipliers().resolution(), v.spec().input().resolution(), Numbers.grouped(v.cost().params()),
                Numbers.count(v.cost().macs())));
        if (measured.isEmpty()) {
            sb.append("not trained yet");
        } else {
            SeedStats st = measured.get();
            if (st.hasSpread()) {
                sb.append(String.format(Locale.ROOT,
                        "test accuracy %.1f %% ± %.2f (mean ± std of n = %d seeds, local data)%nmin–max %.1f–%.1f %%",
                        100 * st.mean(), 100 * st.std(), st.n(), 100 * st.min(), 100 * st.max()));
            } else {
                sb.append(String.format(Locale.ROOT, "test accuracy %.1f %% (local data, n = 1 seed)", 100 * st.mean()));
            }
        }
        CurveFits.VariantPrediction p = fits.get().predictions().get(v);
        if (p != null) {
            sb.append('\n').append(prediction(p, measured));
        }
        return sb.toString();
    }

    private static String level() {
        return String.format(Locale.ROOT, "%.0f%%", 100 * SaturatingFit.DEFAULT_LEVEL);
    }

    /** "predicted 81.3 % (95% band 79.9–82.7)", or the leave-one-out comparison for a trained variant. */
    private static String prediction(CurveFits.VariantPrediction p, Optional<SeedStats> measured) {
        if (!p.present()) {
            return p.problem();
        }
        Prediction q = p.prediction();
        String band = q.hasBand() ? String.format(Locale.ROOT, "(%s band %.1f–%.1f)", level(), 100 * q.lower(), 100 * q.upper())
                : "(no band: too few points for one)";
        if (!p.leftOut() || measured.isEmpty()) {
            return String.format(Locale.ROOT, "predicted %.1f %% %s", 100 * q.value(), band);
        }
        double mean = measured.get().mean();
        String verdict = !q.hasBand() ? "" : q.covers(mean) ? "; measured inside the band" : "; measured outside the band";
        return String.format(Locale.ROOT, "curve fitted without its own runs predicted %.1f %% %s%s", 100 * q.value(),
                band, verdict);
    }

    /** A point of a rule's fitted curve (the series is the rule's place in {@link ScalingRule} order). */
    String curve(int series, int item) {
        if (series < 0 || series >= ScalingRule.values().length) {
            return null;
        }
        ScalingRule rule = ScalingRule.values()[series];
        CurveFits.RuleFit fit = fits.get().fits().get(rule);
        if (fit == null || item < 0 || item >= fit.curve().size() || fit.curveOrNull() == null) {
            return null;
        }
        Prediction q = fit.curve().get(item);
        AccuracyCurve c = fit.curveOrNull();
        String band = q.hasBand() ? String.format(Locale.ROOT, " (%s band for one run %.1f–%.1f)", level(),
                100 * q.lower(), 100 * q.upper()) : " (no band: " + c.bandNote() + ")";
        return String.format(Locale.ROOT, "%s, fitted curve: %.1f %% at %s MACs%s%n%s%nfitted to %d runs", rule.label(),
                100 * q.value(), Numbers.count(Math.round(q.macs())), band, c.formula(), c.points());
    }

}
