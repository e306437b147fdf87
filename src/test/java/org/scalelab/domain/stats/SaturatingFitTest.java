package org.scalelab.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SaturatingFitTest {
    private static final double A = 0.90;
    private static final double B = 0.25;
    private static final double C = 1.2;
    private static final double X0 = 5; // 100 k MACs

    private static double truth(double macs) {
        return A - B * Math.exp(-C * (Math.log10(macs) - X0));
    }

    /** {@code perPoint} runs at each of {@code count} MACs from 10⁵ to 10⁸, with Gaussian noise σ. */
    private static List<FitPoint> synthetic(int count, int perPoint, double sigma, long seed) {
        Random rnd = new Random(seed);
        List<FitPoint> pts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double macs = Math.pow(10, X0 + 3.0 * i / (count - 1));
            for (int k = 0; k < perPoint; k++) {
                pts.add(new FitPoint(macs, truth(macs) + sigma * rnd.nextGaussian()));
            }
        }
        return pts;
    }

    @Test
    void recoversExactParametersFromNoiseFreeData() {
        AccuracyCurve c = assertInstanceOf(AccuracyCurve.class, SaturatingFit.fit(synthetic(10, 1, 0, 1)));
        assertEquals(A, c.a(), 1e-6);
        assertEquals(B, c.b(), 1e-6);
        assertEquals(C, c.c(), 1e-5);
        assertEquals(X0, c.x0(), 1e-12);
        assertEquals(0, c.residualStd(), 1e-6);
        assertEquals(truth(3e6), c.predict(3e6).value(), 1e-7);
    }

    @Test
    void recoversKnownParametersFromNoisyRunsWithinTheirStandardErrors() {
        // Ten networks, three seeds each, σ = 0.005 (about the run-to-run spread of the bundled data).
        AccuracyCurve c = assertInstanceOf(AccuracyCurve.class, SaturatingFit.fit(synthetic(10, 3, 0.005, 7)));
        double[] se = c.standardErrors();
        assertTrue(Math.abs(c.a() - A) < 3 * se[0] && Math.abs(c.a() - A) < 0.01, c + " se " + se[0]);
        assertTrue(Math.abs(c.b() - B) < 3 * se[1] && Math.abs(c.b() - B) < 0.03, c + " se " + se[1]);
        assertTrue(Math.abs(c.c() - C) < 3 * se[2] && Math.abs(c.c() - C) < 0.25, c + " se " + se[2]);
        assertEquals(0.005, c.residualStd(), 0.0015);
        assertEquals(27, c.degreesOfFreedom());
        assertTrue(c.hasBand());
        Prediction p = c.predict(2e6);
        assertTrue(p.confidence() > 0 && p.prediction() > p.confidence());
        assertTrue(p.lower() < p.value() && p.value() < p.upper());
        assertTrue(p.covers(truth(2e6)));
    }

    @Test
    void theConfidenceBandCoversTheTrueCurveAboutAsOftenAsItSays() {
        // 300 synthetic data sets; the 95% band at 1 M MACs should hold the true value in roughly 95% of them.
        int covered = 0;
        int trials = 300;
        double macs = 1e6;
        for (long seed = 0; seed < trials; seed++) {
            AccuracyCurve c = (AccuracyCurve) SaturatingFit.fit(synthetic(8, 2, 0.01, 1000 + seed));
            Prediction p = c.predict(macs);
            if (Math.abs(p.value() - truth(macs)) <= p.confidence()) {
                covered++;
            }
        }
        double rate = covered / (double) trials;
        assertTrue(rate > 0.88 && rate < 0.995, "coverage " + rate);
    }

    @Test
    void tooFewPointsGiveAReasonInsteadOfACurve() {
        FitOutcome two = SaturatingFit.fit(List.of(new FitPoint(1e5, 0.8), new FitPoint(1e6, 0.85)));
        FitOutcome.NoFit none = assertInstanceOf(FitOutcome.NoFit.class, two);
        assertTrue(none.reason().contains("needs at least 3 points; got 2"), none.reason());
        FitOutcome sameMacs = SaturatingFit.fit(List.of(new FitPoint(1e5, 0.8), new FitPoint(1e5, 0.81),
                new FitPoint(1e6, 0.85), new FitPoint(1e6, 0.86)));
        assertTrue(((FitOutcome.NoFit) sameMacs).reason().contains("3 distinct MACs values; got 2"));
    }

    @Test
    void threePointsInterpolateWithoutABand() {
        List<FitPoint> pts = List.of(new FitPoint(1e5, truth(1e5)), new FitPoint(1e6, truth(1e6)), new FitPoint(1e7, truth(1e7)));
        AccuracyCurve c = assertInstanceOf(AccuracyCurve.class, SaturatingFit.fit(pts));
        assertFalse(c.hasBand());
        assertTrue(c.bandNote().contains("no degrees of freedom"));
        for (FitPoint p : pts) {
            assertEquals(p.accuracy(), c.predict(p.macs()).value(), 1e-6);
        }
        assertFalse(c.predict(3e6).hasBand());
        assertTrue(Double.isNaN(c.predict(3e6).prediction()));
    }

    @Test
    void theAsymptoteNeverExceedsOne() {
        // Accuracy still climbing steeply at the largest model: an unconstrained fit would put a above 1.
        List<FitPoint> pts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pts.add(new FitPoint(Math.pow(10, 5 + 0.5 * i), 0.60 + 0.075 * i));
        }
        AccuracyCurve c = assertInstanceOf(AccuracyCurve.class, SaturatingFit.fit(pts));
        assertTrue(c.a() <= 1, c.toString());
        assertTrue(c.predict(1e15).value() <= 1);
        assertTrue(c.predict(1e15).upper() <= 1);
    }

    @Test
    void fitsEachRuleApart() {
        Map<String, List<FitPoint>> byRule = new LinkedHashMap<>();
        byRule.put("compound", synthetic(6, 1, 0.002, 3));
        byRule.put("width", List.of(new FitPoint(1e5, 0.8)));
        Map<String, FitOutcome> fits = SaturatingFit.fitEach(byRule);
        assertEquals(List.of("compound", "width"), List.copyOf(fits.keySet()));
        assertInstanceOf(AccuracyCurve.class, fits.get("compound"));
        assertInstanceOf(FitOutcome.NoFit.class, fits.get("width"));
        List<Prediction> band = ((AccuracyCurve) fits.get("compound")).curve(1e5, 1e8, 31);
        assertEquals(31, band.size());
        assertEquals(1e8, band.get(30).macs(), 1e-3);
        assertTrue(band.get(30).value() > band.get(0).value());
    }
}
