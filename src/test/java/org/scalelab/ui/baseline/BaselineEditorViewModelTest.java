package org.scalelab.ui.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.BlockType;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

class BaselineEditorViewModelTest {
    private final WorkbenchModel model = withBaseline(new WorkbenchModel(new DirectExecutor()));
    private final BaselineEditorViewModel vm = new BaselineEditorViewModel(model);
    private final NetworkSpec before = model.baselineProperty().get();

    /** The 28-px mini-effnet, whose stages and strides the edits below assume. */
    private static WorkbenchModel withBaseline(WorkbenchModel m) {
        m.baselineProperty().set(Presets.get("mini-effnet-28"));
        return m;
    }

    @Test
    void invalidCellLeavesBaselineUnchanged() {
        assertFalse(vm.editStage(1, StageColumn.KERNEL, "4"));
        assertSame(before, model.baselineProperty().get());
    }

    @Test
    void invalidCellSetsErrorWithReason() {
        vm.editStage(1, StageColumn.KERNEL, "4");
        assertTrue(vm.errorProperty().get().startsWith("stage 2, kernel: 4 is even"), vm.errorProperty().get());
    }

    @Test
    void invalidCellIsNamedAsTarget() {
        vm.editStage(1, StageColumn.KERNEL, "4");
        assertEquals("stages[1].kernel", vm.invalidTargetProperty().get());
    }

    @Test
    void nonNumberIsRejected() {
        assertFalse(vm.editStage(0, StageColumn.CHANNELS, "lots"));
        assertEquals("stage 1, outChannels: 'lots' is not a whole number", vm.errorProperty().get());
    }

    @Test
    void validCellApplies() {
        assertTrue(vm.editStage(1, StageColumn.KERNEL, "5"));
        assertEquals(5, model.baselineProperty().get().stages().get(1).kernel());
    }

    @Test
    void validEditClearsError() {
        vm.editStage(1, StageColumn.KERNEL, "4");
        vm.editStage(1, StageColumn.KERNEL, "5");
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void wholeSpecIsValidatedBeforeApplying() {
        // Stride 2 is a valid stage, but a 28 px input cannot take a total stride of 32.
        assertTrue(vm.editStage(0, StageColumn.STRIDE, "2"));
        NetworkSpec valid = model.baselineProperty().get();
        assertFalse(vm.editStage(3, StageColumn.STRIDE, "2"));
        assertTrue(vm.errorProperty().get().startsWith("input.resolution"), vm.errorProperty().get());
        assertSame(valid, model.baselineProperty().get());
    }

    @Test
    void badNotationLeavesBaselineUnchanged() {
        vm.selectedIndexProperty().set(2);
        vm.notationProperty().set("ir_r2_k4_s2_e4_c40");
        assertFalse(vm.commitNotation());
        assertSame(before, model.baselineProperty().get());
    }

    @Test
    void badNotationFlagsTheField() {
        vm.selectedIndexProperty().set(2);
        vm.notationProperty().set("ir_r2_k4_s2_e4_c40");
        vm.commitNotation();
        assertEquals(BaselineEditorViewModel.NOTATION, vm.invalidTargetProperty().get());
    }

    @Test
    void notationApplies() {
        vm.selectedIndexProperty().set(2);
        vm.notationProperty().set("ir_r3_k5_s2_e4_c48_se0.25_swish");
        assertTrue(vm.commitNotation());
        assertEquals("ir_r3_k5_s2_e4_c48_se0.25_swish", model.baselineProperty().get().stages().get(2).notation());
    }

    @Test
    void notationFollowsSelection() {
        vm.selectedIndexProperty().set(3);
        assertEquals(before.stages().get(3).notation(), vm.notationProperty().get());
    }

    @Test
    void presetSwitchReplacesBaseline() {
        vm.choosePreset("efficientnet-b0");
        assertEquals(Presets.get("efficientnet-b0"), model.baselineProperty().get());
    }

    @Test
    void presetSwitchReloadsRows() {
        vm.presetProperty().set("resnet-50");
        assertEquals(Presets.get("resnet-50").stages(), vm.stages());
    }

    @Test
    void editedBaselineShowsNoPreset() {
        vm.editStage(0, StageColumn.REPEATS, "2");
        assertNull(vm.presetProperty().get());
    }

    @Test
    void typeChangeDropsFieldsTheNewTypeForbids() {
        assertTrue(vm.editStage(2, StageColumn.TYPE, "conv"));
        assertEquals(BlockType.CONV, model.baselineProperty().get().stages().get(2).type());
    }

    @Test
    void stemChannelsApply() {
        vm.stemChannelsProperty().set("24");
        assertTrue(vm.commitStemChannels());
        assertEquals(24, model.baselineProperty().get().stem().channels());
    }

    @Test
    void badHeadChannelsAreRejected() {
        vm.headChannelsProperty().set("-3");
        assertFalse(vm.commitHeadChannels());
        assertSame(before, model.baselineProperty().get());
    }

    @Test
    void addStageInsertsCopyAfterSelected() {
        vm.addStageAfter(1);
        assertEquals(before.stages().size() + 1, model.baselineProperty().get().stages().size());
    }

    @Test
    void removeStageDropsIt() {
        vm.removeStage(3);
        assertEquals(before.stages().subList(0, 3), model.baselineProperty().get().stages());
    }

    @Test
    void moveStageSwapsNeighbours() {
        vm.moveStage(3, -1);
        assertEquals(before.stages().get(3), model.baselineProperty().get().stages().get(2));
    }

    @Test
    void removingTheLastStageIsRefused() {
        vm.choosePreset("simple-cnn");
        NetworkSpec simple = model.baselineProperty().get();
        while (vm.stages().size() > 1) {
            vm.removeStage(0);
        }
        NetworkSpec one = model.baselineProperty().get();
        assertFalse(vm.removeStage(0));
        assertSame(one, model.baselineProperty().get());
        assertTrue(simple.stages().size() >= 1);
    }
}
