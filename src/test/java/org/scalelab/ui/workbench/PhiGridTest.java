package org.scalelab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhiGridTest {
    private static final List<Double> GRID = List.of(0.0, 0.5, 1.0, 1.37, 1.5, 2.0);

    @Test
    void nearestSnapsToAGridValue() {
        assertEquals(1.0, PhiGrid.nearest(GRID, 1.09));
        assertEquals(1.37, PhiGrid.nearest(GRID, 1.3));
        assertEquals(2.0, PhiGrid.nearest(GRID, 2.84));
        assertEquals(0.0, PhiGrid.nearest(GRID, -1));
    }

    @Test
    void aTieGoesToTheLowerValue() {
        assertEquals(0.5, PhiGrid.nearest(GRID, 0.75));
    }

    @Test
    void stepsGoToTheNeighbourOnThatSideAndStopAtTheEnds() {
        assertEquals(1.37, PhiGrid.step(GRID, 1.0, 1));
        assertEquals(0.5, PhiGrid.step(GRID, 1.0, -1));
        assertEquals(1.5, PhiGrid.step(GRID, 1.4, 1));
        assertEquals(1.37, PhiGrid.step(GRID, 1.4, -1));
        assertEquals(2.0, PhiGrid.step(GRID, 2.0, 1));
        assertEquals(0.0, PhiGrid.step(GRID, 0.0, -1));
    }

    @Test
    void freeStepsMoveByTheFreeStepWithinTheRange() {
        assertEquals(1.05, PhiGrid.freeStep(1.0, 1, 3), 1e-12);
        assertEquals(1.05, PhiGrid.freeStep(1.07, -1, 3), 1e-12);
        assertEquals(3.0, PhiGrid.freeStep(3.0, 1, 3), 1e-12);
        assertEquals(0.0, PhiGrid.freeStep(0.0, -1, 3), 1e-12);
    }
}
