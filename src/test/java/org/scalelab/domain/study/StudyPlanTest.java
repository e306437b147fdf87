package org.scalelab.domain.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.NetworkSpecJson;

/** The plan of a study on a tiny 16-px baseline for 28-px data. */
class StudyPlanTest {
    static final NetworkSpec TINY = NetworkSpecJson.read("""
            {"name": "tiny16", "input": {"channels": 1, "resolution": 16, "classes": 10},
             "stem": {"kernel": 3, "stride": 1, "channels": 8, "activation": "relu"},
             "stages": ["cn_r1_k3_s2_c16_relu", "cn_r1_k3_s2_c32_relu"],
             "head": {"channels": 0, "activation": "identity"}, "classifier": {"dropout": 0.0, "pool": "avg"}}""");
    private static final NativeResolution NATIVE = NativeResolution.fixed(28, 28);

    private static StudyPlan plan(StudyGrid grid, NativeResolution nativeResolution) {
        return StudyPlan.of(new VariantFactory(TINY, CompoundCoefficients.EFFICIENTNET, RoundingPolicy.EFFICIENTNET),
                nativeResolution, grid);
    }

    @Test
    void figure3ScalesEachDimensionAloneAndStopsResolutionAtNative() {
        List<StudyPoint> fig3 = plan(StudyGrid.DEFAULT, NATIVE).points(StudyPart.FIGURE3);
        assertEquals(List.of(1.0, 1.5, 2.0, 3.0, 4.0), parameters(fig3, "width"));
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 6.0), parameters(fig3, "depth"));
        // every step of 4 px from 16 up to the native 28
        assertEquals(List.of(16, 20, 24, 28), fig3.stream().filter(p -> p.series().equals("resolution"))
                .map(p -> p.variant().spec().input().resolution()).toList());
        for (StudyPoint p : fig3) {
            var m = p.variant().multipliers();
            int scaled = (m.depth() != 1 ? 1 : 0) + (m.width() != 1 ? 1 : 0) + (m.resolution() != 1 ? 1 : 0);
            assertTrue(scaled <= 1, p.toString());
        }
        assertEquals(12, fig3.stream().filter(p -> p.series().equals("depth") && p.parameter() == 6).findFirst()
                .orElseThrow().variant().spec().blockCount()); // six blocks in each of the two stages
    }

    @Test
    void figure4ScalesWidthFromFourBaselinesWithResolutionAt20Pixels() {
        List<StudyPoint> fig4 = plan(StudyGrid.DEFAULT, NATIVE).points(StudyPart.FIGURE4);
        assertEquals(List.of("d=1, r=1", "d=2, r=1", "d=1, r=1.3", "d=2, r=1.3"),
                fig4.stream().map(StudyPoint::series).distinct().toList());
        assertEquals(16, fig4.size());
        // 16 · 1.3 = 20.8, to the nearest multiple of 4
        assertTrue(fig4.stream().filter(p -> p.series().endsWith("r=1.3"))
                .allMatch(p -> p.variant().spec().input().resolution() == 20));
    }

    @Test
    void table3MatchesEachRuleToCompoundsMacsAtEveryPhi() {
        List<StudyPoint> table = plan(StudyGrid.DEFAULT, NATIVE).points(StudyPart.TABLE3);
        assertEquals(4 * 4, table.size());
        for (double phi : List.of(1.0, 2.0, 3.0)) {
            long compound = macs(table, "compound", phi);
            for (ScalingRule rule : StudyOutcome.SINGLE) {
                assertTrue(Math.abs(Math.log((double) macs(table, rule.id(), phi) / compound)) < Math.log(1.35),
                        rule + " at φ=" + phi);
            }
        }
    }

    @Test
    void sharedNetworksTrainOnceAndTheBaselineComesFirst() {
        StudyPlan plan = plan(StudyGrid.DEFAULT, NATIVE);
        assertEquals(plan.points().stream().map(p -> p.variant().spec()).distinct().count(), plan.networks().size());
        assertTrue(plan.networks().size() < plan.points().size());
        assertEquals(TINY, plan.networks().get(0).spec());
    }

    @Test
    void resolutionsPastNativeAreLeftOutOfFigure3AndABaselineAboveNativeIsNoted() {
        StudyGrid grid = new StudyGrid(List.of(1.0), List.of(1.0), List.of(1.0, 1.5, 2.0), List.of(), List.of(),
                List.of(), EnumSet.of(StudyPart.FIGURE3));
        StudyPlan plan = plan(grid, NativeResolution.fixed(20, 20));
        assertEquals(List.of(1.0), parameters(plan.points(StudyPart.FIGURE3), "resolution"));
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("leaves out resolution ×1.5 (24 px)")),
                plan.notes().toString());
        StudyPlan above = plan(grid, NativeResolution.fixed(12, 12));
        assertTrue(above.notes().get(0).startsWith("the baseline's input (16 px) is already larger"),
                above.notes().toString());
    }

    @Test
    void figure4sResolutionIsCappedAtNative() {
        StudyGrid grid = new StudyGrid(List.of(), List.of(), List.of(), List.of(new StudyGrid.Base(1, 1.5)),
                List.of(1.0), List.of(), EnumSet.of(StudyPart.FIGURE4));
        StudyPlan plan = plan(grid, NativeResolution.fixed(20, 20));
        assertEquals(20, plan.points().get(0).variant().spec().input().resolution());
        assertTrue(plan.notes().get(0).contains("takes r = 1.25"), plan.notes().toString());
    }

    @Test
    void networksOverTheLimitsStayInThePlanButAreNotTrained() {
        long limit = 2_000_000;
        StudyPlan plan = StudyPlan.of(new VariantFactory(TINY, CompoundCoefficients.EFFICIENTNET,
                RoundingPolicy.EFFICIENTNET), NATIVE, StudyGrid.DEFAULT, new CostLimits(limit, 0, 0, 64));
        assertTrue(plan.points().stream().anyMatch(p -> !plan.feasible(p)));
        assertTrue(plan.networks().stream().allMatch(v -> v.cost().macs() <= limit));
        assertTrue(plan.notes().get(plan.notes().size() - 1).endsWith("over the limits (MACs ≤ 2.00 M) are left untrained"),
                plan.notes().toString());
    }

    @Test
    void anEmptyOrNonsenseGridIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StudyGrid(List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), EnumSet.noneOf(StudyPart.class)));
        assertThrows(IllegalArgumentException.class, () -> new StudyGrid(List.of(-1.0), List.of(), List.of(), List.of(),
                List.of(), List.of(), EnumSet.of(StudyPart.FIGURE3)));
    }

    private static long macs(List<StudyPoint> table, String series, double phi) {
        return table.stream().filter(p -> p.parameter() == phi && p.series().equals(series)).findFirst().orElseThrow()
                .variant().cost().macs();
    }

    private static List<Double> parameters(List<StudyPoint> points, String series) {
        return points.stream().filter(p -> p.series().equals(series)).map(StudyPoint::parameter).toList();
    }
}
