package org.scalelab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.figure.FigureNetwork;
import org.scalelab.ui.figure.ScalingFigureViewModel;
import org.scalelab.ui.scaling.ScalingPanelViewModel;
import org.scalelab.ui.scaling.VariantRow;

/** The workbench learns its data's native resolution and marks upsampled variants in the table and the figure. */
class UpsampledInTheWorkbenchTest {
    private final DirectExecutor direct = new DirectExecutor();
    private final WorkbenchModel model = new WorkbenchModel(direct);

    UpsampledInTheWorkbenchTest() {
        model.baselineProperty().set(Presets.get("simple-cnn")); // 16 px
        model.phiProperty().set(3);
    }

    @Test
    void theTrackerReadsTheDatasetsNativeResolutionAndForgetsItWhenTheDataCannotBeRead() {
        new NativeResolutionTracker(model, direct, id -> {
            if (id.equals("broken")) {
                throw new IllegalArgumentException("unreadable");
            }
            return NativeResolution.fixed(28, 28);
        });
        assertEquals(NativeResolution.fixed(28, 28), model.nativeResolutionProperty().get());
        model.datasetProperty().set("broken");
        assertNull(model.nativeResolutionProperty().get());
    }

    @Test
    void theVariantTableSaysWhichInputsAreUpsampled() {
        ScalingPanelViewModel vm = new ScalingPanelViewModel(model);
        model.nativeResolutionProperty().set(NativeResolution.fixed(28, 28));
        VariantRow resolution = vm.rows().stream().filter(r -> r.variant().rule() == ScalingRule.RESOLUTION
                && r.variant().phi() == 3).findFirst().orElseThrow();
        assertTrue(resolution.size().endsWith("px (upsampled)"), resolution.size());
        VariantRow compound = vm.rows().stream().filter(r -> r.variant().rule() == ScalingRule.COMPOUND
                && r.variant().phi() == 3).findFirst().orElseThrow();
        assertEquals("24 px", compound.size());
    }

    @Test
    void theScalingFigureCaptionsAnUpsampledColumn() {
        ScalingFigureViewModel vm = new ScalingFigureViewModel(model, direct);
        assertTrue(vm.figureProperty().get().networks().stream().noneMatch(FigureNetwork::upsampled));
        model.nativeResolutionProperty().set(NativeResolution.fixed(28, 28));
        FigureNetwork resolution = vm.figureProperty().get().networks().stream()
                .filter(n -> n.rule() == ScalingRule.RESOLUTION).findFirst().orElseThrow();
        assertTrue(resolution.upsampled(), "resolution-only at φ = 3 matches compound's MACs at " +
                resolution.spec().input().resolution() + " px");
        assertFalse(vm.figureProperty().get().networks().get(0).upsampled(), "the 16-px baseline");
    }
}
