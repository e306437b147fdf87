package org.scalelab.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.EfficientNetFamily;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

class ScalingPanelViewModelTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
    private final ScalingPanelViewModel vm = new ScalingPanelViewModel(model);

    @Test
    void flopsBaseOfPaperCoefficients() {
        assertEquals(1.2 * 1.1 * 1.1 * 1.15 * 1.15, vm.flopsBase(), 1e-12);
    }

    @Test
    void flopsBaseTextShowsValue() {
        assertTrue(vm.flopsBaseTextProperty().get().startsWith("α·β²·γ² = 1.920"), vm.flopsBaseTextProperty().get());
    }

    @Test
    void noWarningNearTwo() {
        assertFalse(vm.flopsBaseWarningProperty().get());
    }

    @Test
    void warningFarFromTwo() {
        vm.alphaProperty().set(1.6);
        assertTrue(vm.flopsBaseWarningProperty().get());
    }

    @Test
    void validCoefficientsReachTheModel() {
        vm.betaProperty().set(1.2);
        assertEquals(new CompoundCoefficients(1.2, 1.2, 1.15), model.coefficientsProperty().get());
    }

    @Test
    void invalidCoefficientIsReportedNotApplied() {
        vm.gammaProperty().set(0.9);
        assertEquals(CompoundCoefficients.EFFICIENTNET, model.coefficientsProperty().get());
        assertFalse(vm.coefficientsErrorProperty().get().isEmpty());
    }

    @Test
    void rowsCoverEveryShownRuleOnTheGrid() {
        assertEquals(model.gridProperty().get().size(), vm.rows().size());
    }

    @Test
    void numbersAreReadable() {
        VariantRow first = vm.rows().get(0);
        assertTrue(first.params().matches("[0-9.]+ [kM]"), first.params());
    }

    @Test
    void selectingRowSelectsRuleAndPhi() {
        VariantRow depthRow = vm.rows().stream()
                .filter(r -> r.variant().rule() == ScalingRule.DEPTH && r.variant().phi() == 2.0).findFirst().orElseThrow();
        vm.select(depthRow);
        assertEquals(ScalingRule.DEPTH, model.selectedRuleProperty().get());
        assertEquals(2.0, model.phiProperty().get(), 1e-12);
    }

    @Test
    void selectedRowFollowsModel() {
        model.phiProperty().set(1.5);
        assertNotNull(vm.selectedRowProperty().get());
        assertEquals(1.5, vm.selectedRowProperty().get().variant().phi(), 1e-12);
    }

    @Test
    void hidingRuleRemovesItFromModel() {
        vm.shownProperty(ScalingRule.WIDTH).set(false);
        assertFalse(model.rules().contains(ScalingRule.WIDTH));
    }

    @Test
    void showingDwrAddsIt() {
        vm.shownProperty(ScalingRule.DWR).set(true);
        assertTrue(model.rules().contains(ScalingRule.DWR));
    }

    @Test
    void familyPresetSetsPaperCoefficients() {
        vm.alphaProperty().set(1.3);
        vm.applyFamily(EfficientNetFamily.B3);
        assertEquals(CompoundCoefficients.EFFICIENTNET, model.coefficientsProperty().get());
    }

    @Test
    void familyPresetSetsFittedPhi() {
        vm.applyFamily(EfficientNetFamily.B3);
        assertEquals(ScalingPanelViewModel.familyPhi(EfficientNetFamily.B3, CompoundCoefficients.EFFICIENTNET),
                model.phiProperty().get(), 1e-12);
    }

    @Test
    void familyPhiOfB0IsZero() {
        assertEquals(0.0, ScalingPanelViewModel.familyPhi(EfficientNetFamily.B0, CompoundCoefficients.EFFICIENTNET), 1e-12);
    }

    @Test
    void familyPhiGrowsAlongTheFamily() {
        double b3 = ScalingPanelViewModel.familyPhi(EfficientNetFamily.B3, CompoundCoefficients.EFFICIENTNET);
        double b7 = ScalingPanelViewModel.familyPhi(EfficientNetFamily.B7, CompoundCoefficients.EFFICIENTNET);
        assertTrue(b7 > b3 && b3 > 1, b3 + " " + b7);
    }

    @Test
    void familyPresetWidensPhiRange() {
        vm.applyFamily(EfficientNetFamily.B7);
        assertTrue(model.phiMaxProperty().get() >= model.phiProperty().get());
    }

    @Test
    void familyPresetSelectsCompound() {
        model.selectedRuleProperty().set(ScalingRule.WIDTH);
        vm.applyFamily(EfficientNetFamily.B2);
        assertEquals(ScalingRule.COMPOUND, model.selectedRuleProperty().get());
    }

    private void done(org.scalelab.domain.scaling.Variant v, long seed, double accuracy) {
        var q = model.requestFor(v, seed);
        model.runs().put(q.key(), new org.scalelab.training.RunRecord(q.key(), q, org.scalelab.training.RunStatus.DONE,
                java.util.List.of(), new org.scalelab.training.RunResult(accuracy, 1, 1, 1, "test"), null, 0, 0));
    }

    @Test
    void theAccuracyColumnShowsMeanStdAndSeedsOrADash() {
        VariantRow row = vm.rows().stream().filter(r -> r.variant().rule() == ScalingRule.DEPTH && r.variant().phi() == 2)
                .findFirst().orElseThrow();
        int at = vm.rows().indexOf(row);
        assertEquals("–", row.accuracy());
        model.seedsProperty().set(3);
        done(row.variant(), 42, 0.80);
        assertEquals("80.0 % (1)", vm.rows().get(at).accuracy(), "one seed: no spread yet");
        done(row.variant(), 43, 0.84);
        done(row.variant(), 44, 0.82);
        assertEquals("82.0 ± 2.0 % (3)", vm.rows().get(at).accuracy());
        assertEquals(row.variant(), vm.rows().get(at).variant());
        model.seedsProperty().set(1);
        assertEquals("80.0 % (1)", vm.rows().get(at).accuracy());
    }

    @Test
    void aFinishedRunReplacesOnlyItsOwnRow() {
        var first = vm.rows().get(0);
        var target = vm.rows().get(5);
        done(target.variant(), 42, 0.9);
        assertTrue(first == vm.rows().get(0), "untouched rows stay the same objects");
        assertEquals("90.0 % (1)", vm.rows().get(5).accuracy());
    }
}
