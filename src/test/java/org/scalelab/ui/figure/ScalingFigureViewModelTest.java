package org.scalelab.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

class ScalingFigureViewModelTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
    private final ScalingFigureViewModel vm = new ScalingFigureViewModel(model, new DirectExecutor());

    private List<FigureNetwork> networks() {
        return vm.figureProperty().get().networks();
    }

    @Test
    void theBaselineAndFourRulesInThePapersOrder() {
        assertNull(networks().get(0).rule());
        assertEquals(List.of(ScalingRule.WIDTH, ScalingRule.DEPTH, ScalingRule.RESOLUTION, ScalingRule.COMPOUND),
                networks().subList(1, 5).stream().map(FigureNetwork::rule).toList());
        assertEquals(model.baselineProperty().get(), networks().get(0).spec().withName(model.baselineProperty().get().name()));
    }

    @Test
    void atEqualMacsTheColumnsAreTheTablesVariants() {
        model.phiProperty().set(2);
        for (FigureNetwork n : networks().subList(1, 5)) {
            assertEquals(model.atPhiProperty().get().get(n.rule()).spec(), n.spec(), n.rule().id());
        }
        double compound = networks().get(4).macs();
        for (FigureNetwork n : networks().subList(1, 4)) {
            assertEquals(1, n.macs() / compound, 0.5, n.rule() + " is far from the compound MACs");
        }
        assertTrue(vm.headingProperty().get().startsWith("φ = 2.00 · every column ≈"), vm.headingProperty().get());
    }

    @Test
    void atTheSamePhiEachDimensionGrowsByItsCompoundFactor() {
        model.phiProperty().set(2);
        vm.comparisonProperty().set(ScalingFigureViewModel.Comparison.SAME_PHI);
        var c = model.coefficientsProperty().get();
        assertEquals(Math.pow(c.beta(), 2), networks().get(1).multipliers().width(), 1e-12);
        assertEquals(Math.pow(c.alpha(), 2), networks().get(2).multipliers().depth(), 1e-12);
        assertEquals(Math.pow(c.gamma(), 2), networks().get(3).multipliers().resolution(), 1e-12);
        assertTrue(networks().get(4).macs() > networks().get(1).macs(), "compound costs more than any one dimension");
        assertTrue(vm.headingProperty().get().contains("each dimension alone"), vm.headingProperty().get());
    }

    @Test
    void theFigureFollowsPhiAndTheSelectedRule() {
        model.phiProperty().set(0.5);
        assertEquals(0.5, vm.figureProperty().get().phi());
        model.selectedRuleProperty().set(ScalingRule.DEPTH);
        assertEquals(ScalingRule.DEPTH, vm.figureProperty().get().selected());
        model.phiProperty().set(3);
        assertTrue(networks().get(2).spec().blockCount() > networks().get(0).spec().blockCount());
    }
}
