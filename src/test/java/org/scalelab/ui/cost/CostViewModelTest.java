package org.scalelab.ui.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CostViewModelTest {

    @Test
    void startsOnB0AtPhiZero() {
        CostViewModel vm = new CostViewModel();
        assertTrue(vm.summaryProperty().get().startsWith("5,288,548 params"), vm.summaryProperty().get());
        assertEquals(10, vm.rows().size());
    }

    @Test
    void phiRescalesTheNetwork() {
        CostViewModel vm = new CostViewModel();
        String before = vm.summaryProperty().get();
        vm.phiProperty().set(1);
        assertNotEquals(before, vm.summaryProperty().get());
        assertTrue(vm.summaryProperty().get().endsWith("256 px"), vm.summaryProperty().get());
        assertTrue(vm.multipliersProperty().get().contains("d = 1.200"), vm.multipliersProperty().get());
    }

    @Test
    void presetChangeReplacesTheRows() {
        CostViewModel vm = new CostViewModel();
        vm.presetProperty().set("simple-cnn");
        assertEquals(4, vm.rows().size());
        assertTrue(vm.summaryProperty().get().endsWith("28 px"));
    }
}
