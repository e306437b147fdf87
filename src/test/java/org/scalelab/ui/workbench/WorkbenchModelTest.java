package org.scalelab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.ui.concurrent.DirectExecutor;

class WorkbenchModelTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());

    @Test
    void gridHoldsEveryShownRuleAtEveryPhi() {
        assertEquals(4 * 7, model.gridProperty().get().size()); // φ 0..3 step 0.5
        assertEquals(4, model.atPhiProperty().get().size());
        assertEquals(ScalingRule.COMPOUND, model.selectedProperty().get().rule());
        assertEquals(1.0, model.selectedProperty().get().phi());
    }

    @Test
    void phiAndRuleMoveTheSelection() {
        model.phiProperty().set(2.25);
        assertEquals(2.25, model.selectedProperty().get().phi());
        model.selectedRuleProperty().set(ScalingRule.WIDTH);
        assertEquals(ScalingRule.WIDTH, model.selectedProperty().get().rule());
        assertEquals(2.25, model.selectedProperty().get().phi());
    }

    @Test
    void baselineChangeRecomputesEverything() {
        model.baselineProperty().set(Presets.get("simple-cnn"));
        assertTrue(model.gridProperty().get().stream().allMatch(v -> v.spec().name().equals("simple-cnn")));
        assertEquals(Presets.get("simple-cnn"), model.baselineVariantProperty().get().spec());
    }

    @Test
    void hiddenRulesLeaveTheGridButStaySelectable() {
        model.rules().remove(ScalingRule.DEPTH);
        assertEquals(3 * 7, model.gridProperty().get().size());
        model.selectedRuleProperty().set(ScalingRule.DEPTH);
        model.phiProperty().set(1.5);
        assertEquals(ScalingRule.DEPTH, model.selectedProperty().get().rule());
    }

    @Test
    void aVariantsRunKeyFollowsRecipeAndDataset() {
        var v = model.selectedProperty().get();
        String key = model.requestFor(v).key();
        model.recipeProperty().set(model.recipeProperty().get().withEpochs(9));
        assertTrue(!key.equals(model.requestFor(v).key()));
    }
}
