package org.scalelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.ui.charts.ChartsView;
import org.scalelab.ui.charts.CostMetric;
import org.scalelab.ui.scaling.VariantRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * φ on the grid: the slider's keys and drags land on the grid's φ values, so the table has a current row and the
 * chart a selected point; Shift gives values in between.
 */
class PhiSnappingTest extends WholeWindowTest {


    @BeforeEach
    void window(FxRobot robot) {
        open(robot, 1440, 900);
        TestWindows.showTab(robot, "variantsTab");
        robot.interact(() -> view.model().phiProperty().set(1));
    }

    @Test
    void arrowKeysStepFromGridValueToGridValueAndTheTableAndChartFollow(FxRobot robot) {
        Slider slider = robot.lookup("#phiSlider").queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        double step = view.model().phiStepProperty().get();
        assertEquals(1 + step, view.model().phiProperty().get(), 1e-12);
        assertCurrentEverywhere(robot, 1 + step);
        robot.type(KeyCode.LEFT, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1 - step, view.model().phiProperty().get(), 1e-12);
        assertCurrentEverywhere(robot, 1 - step);
    }

    @Test
    void shiftArrowGivesAFreeValueWithNoCurrentRow(FxRobot robot) {
        Slider slider = robot.lookup("#phiSlider").queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.05, view.model().phiProperty().get(), 1e-9);
        TableView<?> table = robot.lookup("#variantTable").queryAs(TableView.class);
        assertNull(table.getSelectionModel().getSelectedItem());
        assertEquals(1.05, view.model().selectedProperty().get().phi(), 1e-9);
    }

    @Test
    void draggingTheThumbLandsOnTheNearestGridValue(FxRobot robot) {
        Slider slider = robot.lookup("#phiSlider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        Bounds track = slider.lookup(".track").localToScreen(slider.lookup(".track").getBoundsInLocal());
        double perUnit = track.getWidth() / slider.getMax();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(perUnit * 0.87, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double phi = view.model().phiProperty().get();
        assertTrue(view.model().gridPhis().contains(phi), "φ = " + phi + " is not on the grid " + view.model().gridPhis());
        assertEquals(2.0, phi, 1e-12);
        assertEquals(2.0, slider.getValue(), 1e-12);
        assertCurrentEverywhere(robot, 2.0);
    }

    /** The table's selected row and the chart's selected point are the selected rule's variant at φ. */
    private void assertCurrentEverywhere(FxRobot robot, double phi) {
        Variant selected = view.model().selectedProperty().get();
        assertEquals(phi, selected.phi(), 1e-12);
        TableView<?> table = robot.lookup("#variantTable").queryAs(TableView.class);
        VariantRow row = (VariantRow) table.getSelectionModel().getSelectedItem();
        assertNotNull(row, "no current row at φ = " + phi);
        assertEquals(ScalingRule.COMPOUND, row.variant().rule());
        assertEquals(phi, row.variant().phi(), 1e-12);
        ChartsView charts = robot.lookup("#chartsView").queryAs(ChartsView.class);
        var plot = (CombinedDomainXYPlot) charts.chart(CostMetric.MACS).getXYPlot();
        XYDataset ring = plot.getSubplots().get(0).getDataset(2);
        assertEquals(1, ring.getItemCount(0));
        assertEquals(selected.cost().macs(), ring.getXValue(0, 0), 0.5);
    }
}
