package org.scalelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.stats.AccuracyCurve;
import org.scalelab.domain.stats.FitOutcome;
import org.scalelab.domain.stats.FitPoint;
import org.scalelab.domain.stats.Prediction;
import org.scalelab.domain.stats.SaturatingFit;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.concurrent.ManualExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/** Seeds on the charts (means, error bars, tooltips, frontier) and the fitted curves with their predictions. */
class ChartsSeedsAndFitsTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
    private final ChartsViewModel vm = new ChartsViewModel(model, new DirectExecutor());
    private final ChartsViewModel.MetricData macs = vm.data(CostMetric.MACS);

    /** A saturating law with a little deterministic scatter, the kind of data the fit is for. */
    private static double law(double macs, int i) {
        double x = Math.log10(macs) - 6;
        return 0.90 - 0.08 * Math.exp(-1.3 * x) + (i % 2 == 0 ? 0.003 : -0.003);
    }

    private static final double[] PHIS = {0, 0.5, 1, 1.5, 2, 2.5, 3};

    /** Compound trained at every φ but 3 (one seed each), by the law above. */
    private void trainCompoundButTheLast() {
        for (int i = 0; i < PHIS.length - 1; i++) {
            Variant v = Runs.variant(model, ScalingRule.COMPOUND, PHIS[i]);
            Runs.done(model, ScalingRule.COMPOUND, PHIS[i], law(v.cost().macs(), i));
        }
    }

    private List<FitPoint> compoundPoints(double leaveOutPhi) {
        List<FitPoint> pts = new ArrayList<>();
        for (int i = 0; i < PHIS.length - 1; i++) {
            if (PHIS[i] != leaveOutPhi) {
                Variant v = Runs.variant(model, ScalingRule.COMPOUND, PHIS[i]);
                pts.add(new FitPoint(v.cost().macs(), law(v.cost().macs(), i)));
            }
        }
        return pts;
    }

    private static String band(Prediction p) {
        return String.format(Locale.ROOT, "(95%% band %.1f–%.1f)", 100 * p.lower(), 100 * p.upper());
    }

    private int itemOf(Variant v) {
        var s = macs.trained().getSeries(v.rule().ordinal());
        for (int i = 0; i < s.getItemCount(); i++) {
            if (vm.variantAt(macs.trained(), v.rule().ordinal(), i).orElseThrow() == v) {
                return i;
            }
        }
        throw new AssertionError(v + " not drawn");
    }

    // Seeds //

    @Test
    void aVariantIsDrawnAtItsSeedsMeanWithABarOfOneStandardDeviation() {
        model.seedsProperty().set(3);
        Runs.doneSeed(model, ScalingRule.WIDTH, 1, 42, 0.80);
        Runs.doneSeed(model, ScalingRule.WIDTH, 1, 43, 0.84);
        Runs.doneSeed(model, ScalingRule.WIDTH, 1, 44, 0.82);
        var width = macs.trained().getSeries(ScalingRule.WIDTH.ordinal());
        assertEquals(1, width.getItemCount(), "three seeds, one point");
        assertEquals(0.82, width.getY(0).doubleValue(), 1e-12);
        YIntervalSeries bar = macs.spread().getSeries(ScalingRule.WIDTH.ordinal());
        assertEquals(1, bar.getItemCount());
        assertEquals(0.82, bar.getYValue(0), 1e-12);
        assertEquals(0.80, bar.getYLowValue(0), 1e-12, "mean − sample std (0.02)");
        assertEquals(0.84, bar.getYHighValue(0), 1e-12);
        assertEquals(width.getX(0).doubleValue(), bar.getX(0).doubleValue());
        assertTrue(vm.spreadShownProperty().get());
        assertEquals(1, vm.trainedCountProperty().get());

        String tip = vm.tooltipAt(macs.trained(), ScalingRule.WIDTH.ordinal(), 0);
        assertTrue(tip.contains("test accuracy 82.0 % ± 2.00 (mean ± std of n = 3 seeds, local data)"), tip);
        assertTrue(tip.contains("min–max 80.0–84.0 %"), tip);
        assertEquals(tip, vm.tooltipAt(macs.spread(), ScalingRule.WIDTH.ordinal(), 0), "the bar tells the same");
    }

    @Test
    void oneFinishedSeedHasNoBarAndSaysSo() {
        model.seedsProperty().set(3);
        Runs.doneSeed(model, ScalingRule.DEPTH, 2, 43, 0.79);
        assertEquals(0.79, macs.trained().getSeries(ScalingRule.DEPTH.ordinal()).getY(0).doubleValue(), 1e-12);
        assertEquals(0, macs.spread().getSeries(ScalingRule.DEPTH.ordinal()).getItemCount());
        assertFalse(vm.spreadShownProperty().get());
        assertTrue(vm.tooltipAt(macs.trained(), ScalingRule.DEPTH.ordinal(), 0).contains("79.0 % (local data, n = 1 seed)"));
    }

    @Test
    void seedsBeyondTheSettingAreNotCounted() {
        Runs.doneSeed(model, ScalingRule.DEPTH, 2, 42, 0.79);
        Runs.doneSeed(model, ScalingRule.DEPTH, 2, 43, 0.70);
        assertEquals(0.79, macs.trained().getSeries(ScalingRule.DEPTH.ordinal()).getY(0).doubleValue(), 1e-12);
        model.seedsProperty().set(2);
        assertEquals(0.745, macs.trained().getSeries(ScalingRule.DEPTH.ordinal()).getY(0).doubleValue(), 1e-12);
    }

    @Test
    void theFrontierRunsThroughTheMeans() {
        model.seedsProperty().set(2);
        Runs.doneSeed(model, ScalingRule.COMPOUND, 1, 42, 0.80);
        Runs.doneSeed(model, ScalingRule.COMPOUND, 1, 43, 0.90);
        Runs.doneSeed(model, ScalingRule.COMPOUND, 2, 42, 0.86);
        var f = macs.frontier().getSeries(0);
        assertEquals(0.85, f.getY(0).doubleValue(), 1e-12, "the mean of 0.80 and 0.90, not its best seed");
        assertEquals(0.86, f.getY(f.getItemCount() - 1).doubleValue(), 1e-12);
    }

    // Fits //

    @Test
    void fitsAreOffByDefaultAndDrawNothing() {
        trainCompoundButTheLast();
        assertFalse(vm.fitCurvesProperty().get());
        assertEquals(0, macs.fits().getSeries(ScalingRule.COMPOUND.ordinal()).getItemCount());
        assertTrue(vm.fitOf(ScalingRule.COMPOUND).isEmpty());
        assertTrue(vm.tooltipAt(macs.untrained(), ScalingRule.COMPOUND.ordinal(), 0).endsWith("not trained yet"));
    }

    @Test
    void aRuleWithEnoughRunsGetsItsCurveAcrossItsVariants() {
        trainCompoundButTheLast();
        vm.fitCurvesProperty().set(true);
        YIntervalSeries curve = macs.fits().getSeries(ScalingRule.COMPOUND.ordinal());
        assertEquals(CurveFits.CURVE_POINTS, curve.getItemCount());
        double first = Runs.variant(model, ScalingRule.COMPOUND, 0).cost().macs();
        double last = Runs.variant(model, ScalingRule.COMPOUND, 3).cost().macs();
        assertEquals(first, curve.getX(0).doubleValue(), first * 1e-9);
        assertEquals(last, curve.getX(curve.getItemCount() - 1).doubleValue(), last * 1e-9,
                "the curve reaches the untrained φ = 3 variant it predicts");
        AccuracyCurve expected = (AccuracyCurve) SaturatingFit.fit(compoundPoints(Double.NaN));
        int mid = curve.getItemCount() / 2;
        Prediction p = expected.predict(curve.getX(mid).doubleValue());
        assertEquals(p.value(), curve.getYValue(mid), 1e-9);
        assertEquals(p.lower(), curve.getYLowValue(mid), 1e-9, "the prediction band for one run");
        assertEquals(p.upper(), curve.getYHighValue(mid), 1e-9);
        assertTrue(curve.getYHighValue(mid) > curve.getYValue(mid));
        assertEquals(List.of(ScalingRule.COMPOUND), vm.fittedRulesProperty().get());
        assertEquals(0, vm.data(CostMetric.PARAMS).fits().getSeries(ScalingRule.COMPOUND.ordinal()).getItemCount(),
                "the curve is a function of MACs: drawn on the MACs chart only");
        String tip = vm.tooltipAt(macs.fits(), ScalingRule.COMPOUND.ordinal(), mid);
        assertTrue(tip.contains("fitted curve") && tip.contains(expected.formula()) && tip.contains("fitted to 6 runs"), tip);
    }

    @Test
    void withNothingTrainedTheNoteSaysWhatItTakesInPlainWords() {
        vm.fitCurvesProperty().set(true);
        assertEquals(ChartsViewModel.NOTHING_TO_FIT, vm.fitNoteProperty().get());
        assertFalse(vm.fitNoteProperty().get().contains("points"));
    }

    @Test
    void rulesWithoutACurveSayWhy() {
        trainCompoundButTheLast();
        Runs.done(model, ScalingRule.DEPTH, 0, 0.80);
        Runs.done(model, ScalingRule.DEPTH, 1, 0.81);
        Runs.done(model, ScalingRule.DEPTH, 2, 0.815);
        Runs.done(model, ScalingRule.RESOLUTION, 1, 0.81);
        vm.fitCurvesProperty().set(true);

        assertInstanceOf(FitOutcome.NoFit.class, vm.fitOf(ScalingRule.WIDTH).orElseThrow());
        assertEquals(0, macs.fits().getSeries(ScalingRule.WIDTH.ordinal()).getItemCount());
        String note = vm.fitNoteProperty().get();
        // φ = 0 is the baseline under every rule: its one run counts for width and resolution too.
        assertTrue(note.contains("No curve for " + ScalingRule.WIDTH.label() + ": the curve has 3 parameters (a, b, c) "
                + "and needs at least 3 points; got 1"), note);
        assertTrue(note.contains("No curve for " + ScalingRule.RESOLUTION.label() + ": the curve has 3 parameters (a, b, c) "
                + "and needs at least 3 points; got 2"), note);
        assertTrue(note.contains("No band for " + ScalingRule.DEPTH.label() + ": 3 points leave no degrees of freedom"), note);
        assertEquals(List.of(ScalingRule.COMPOUND, ScalingRule.DEPTH), vm.fittedRulesProperty().get());
        assertFalse(note.contains(ScalingRule.COMPOUND.label()), "compound has its curve and band");

        String untrainedWidth = vm.tooltipAt(macs.untrained(), ScalingRule.WIDTH.ordinal(), 0);
        assertTrue(untrainedWidth.endsWith("no curve: the curve has 3 parameters (a, b, c) and needs at least 3 points; got 1"),
                untrainedWidth);

        vm.fitCurvesProperty().set(false);
        assertEquals(0, macs.fits().getSeries(ScalingRule.COMPOUND.ordinal()).getItemCount());
        assertEquals("", vm.fitNoteProperty().get());
        assertEquals(List.of(), vm.fittedRulesProperty().get());
    }

    @Test
    void anUntrainedVariantShowsWhatTheCurvePredicts() {
        trainCompoundButTheLast();
        vm.fitCurvesProperty().set(true);
        Variant top = Runs.variant(model, ScalingRule.COMPOUND, 3);
        Prediction expected = ((AccuracyCurve) SaturatingFit.fit(compoundPoints(Double.NaN))).predict(top.cost().macs());
        int item = macs.untrained().getSeries(ScalingRule.COMPOUND.ordinal()).getItemCount() - 1;
        assertEquals(top, vm.variantAt(macs.untrained(), ScalingRule.COMPOUND.ordinal(), item).orElseThrow());
        String tip = vm.tooltipAt(macs.untrained(), ScalingRule.COMPOUND.ordinal(), item);
        String line = String.format(Locale.ROOT, "predicted %.1f %% ", 100 * expected.value()) + band(expected);
        assertTrue(tip.endsWith("not trained yet\n" + line), tip);
    }

    @Test
    void aTrainedVariantIsComparedWithTheCurveFittedWithoutItsOwnRuns() {
        trainCompoundButTheLast();
        vm.fitCurvesProperty().set(true);
        Variant v = Runs.variant(model, ScalingRule.COMPOUND, 1.5);
        Prediction loo = ((AccuracyCurve) SaturatingFit.fit(compoundPoints(1.5))).predict(v.cost().macs());
        Prediction all = ((AccuracyCurve) SaturatingFit.fit(compoundPoints(Double.NaN))).predict(v.cost().macs());
        assertNotEquals(all.value(), loo.value(), 1e-6, "its own run pulls the full fit towards it");

        CurveFits.VariantPrediction p = vm.predictionOf(v).orElseThrow();
        assertTrue(p.leftOut());
        assertEquals(loo.value(), p.prediction().value(), 1e-12);
        assertEquals(loo.prediction(), p.prediction().prediction(), 1e-12);

        String tip = vm.tooltipAt(macs.trained(), ScalingRule.COMPOUND.ordinal(), itemOf(v));
        double measured = law(v.cost().macs(), 3);
        assertTrue(tip.contains(String.format(Locale.ROOT, "test accuracy %.1f %%", 100 * measured)), tip);
        String line = String.format(Locale.ROOT, "curve fitted without its own runs predicted %.1f %% ", 100 * loo.value())
                + band(loo) + (loo.covers(measured) ? "; measured inside the band" : "; measured outside the band");
        assertTrue(tip.endsWith(line), tip + "\nexpected the line: " + line);
    }

    @Test
    void runsArrivingDuringAFitGiveOneMoreFitWithTheNewestData() {
        ManualExecutor background = new ManualExecutor();
        ChartsViewModel slow = new ChartsViewModel(model, background);
        background.runAll();
        slow.fitCurvesProperty().set(true);
        background.runAll();
        trainCompoundButTheLast(); // six runs, one by one: the first starts a fit, the others wait for it
        assertEquals(1, background.pending(), "one fit at a time");
        Variant top = Runs.variant(model, ScalingRule.COMPOUND, 3);
        Runs.done(model, ScalingRule.COMPOUND, 3, law(top.cost().macs(), 6));
        assertEquals(1, background.pending());

        background.run(0); // the fit of the first run's data: outdated, dropped, and a fit of the newest data starts
        assertTrue(slow.fitOf(ScalingRule.COMPOUND).orElseThrow() instanceof FitOutcome.NoFit,
                "the outdated answer (one run) is not drawn: " + slow.fitOf(ScalingRule.COMPOUND));
        assertEquals(1, background.pending());
        background.run(0);
        assertEquals(7, ((AccuracyCurve) slow.fitOf(ScalingRule.COMPOUND).orElseThrow()).points());
        assertEquals(0, background.pending());
        assertEquals(CurveFits.CURVE_POINTS,
                slow.data(CostMetric.MACS).fits().getSeries(ScalingRule.COMPOUND.ordinal()).getItemCount());
    }

    @Test
    void aFitThatArrivesAfterFitsWereTurnedOffAndOnAgainIsDropped() {
        ManualExecutor background = new ManualExecutor();
        ChartsViewModel slow = new ChartsViewModel(model, background);
        trainCompoundButTheLast();
        background.runAll();
        slow.fitCurvesProperty().set(true);           // fit A: six runs
        slow.fitCurvesProperty().set(false);
        Variant top = Runs.variant(model, ScalingRule.COMPOUND, 3);
        Runs.done(model, ScalingRule.COMPOUND, 3, law(top.cost().macs(), 6));
        slow.fitCurvesProperty().set(true);           // fit B: seven runs
        assertEquals(2, background.pending(), "A (outdated when fits went off) and B");
        background.run(1);
        assertEquals(7, ((AccuracyCurve) slow.fitOf(ScalingRule.COMPOUND).orElseThrow()).points());
        background.runAll();                          // A answers late
        assertEquals(7, ((AccuracyCurve) slow.fitOf(ScalingRule.COMPOUND).orElseThrow()).points(),
                "a late answer about six runs does not replace the fit of seven");
    }

    @Test
    void everySeedIsOnePointOfTheFit() {
        model.seedsProperty().set(2);
        for (int i = 0; i < 4; i++) {
            Variant v = Runs.variant(model, ScalingRule.WIDTH, PHIS[i]);
            Runs.doneSeed(model, ScalingRule.WIDTH, PHIS[i], 42, law(v.cost().macs(), 0));
            Runs.doneSeed(model, ScalingRule.WIDTH, PHIS[i], 43, law(v.cost().macs(), 1));
        }
        vm.fitCurvesProperty().set(true);
        long distinctNetworks = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> Runs.variant(model, ScalingRule.WIDTH, PHIS[i]).spec()).distinct().count();
        assertEquals(2 * distinctNetworks, ((AccuracyCurve) vm.fitOf(ScalingRule.WIDTH).orElseThrow()).points());
    }
}
