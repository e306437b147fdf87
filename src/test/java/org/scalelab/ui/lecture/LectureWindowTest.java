package org.scalelab.ui.lecture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalelab.ui.TestWindows;
import org.scalelab.ui.WholeWindowTest;
import org.scalelab.ui.window.WorkbenchLayout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lecture mode in the whole window: its own layout with a large readout and enlarged charts, the keys, and the
 * workbench exactly as it was when lecture mode ends.
 */
class LectureWindowTest extends WholeWindowTest {


    @BeforeEach
    void window(FxRobot robot) {
        open(robot, 1440, 900);
    }

    @Test
    void enteringAndLeavingRestoresTheLayoutExactly(FxRobot robot) {
        // Make the layout the user's own first: fold the left panel, move a divider, pick a tab.
        WorkbenchLayout layout = view.arrangement();
        robot.interact(() -> {
            layout.left().collapsedProperty().set(true);
            ((javafx.scene.control.SplitPane) scene.lookup("#middleSplit")).setDividerPositions(0.4);
            TabPane tabs = (TabPane) scene.lookup("#workbenchTabs");
            tabs.getSelectionModel().select(1);
        });
        TestWindows.settle(robot, scene);
        WorkbenchLayout.State before = layout.state();
        int tab = ((TabPane) scene.lookup("#workbenchTabs")).getSelectionModel().getSelectedIndex();

        robot.interact(() -> view.lecture().enable(stage, false));
        TestWindows.settle(robot, scene);
        assertInstanceOf(LectureView.class, scene.getRoot());
        assertTrue(robot.lookup("#lecturePhi").queryAs(Label.class).getText().startsWith("φ = "));
        robot.type(KeyCode.ESCAPE);
        TestWindows.settle(robot, scene);

        assertSame(view, scene.getRoot());
        WorkbenchLayout.State after = layout.state();
        assertEquals(before.leftFolded(), after.leftFolded());
        assertEquals(before.rightFolded(), after.rightFolded());
        assertArrayEquals(before.columns(), after.columns(), 1e-9);
        assertArrayEquals(before.middle(), after.middle(), 1e-9);
        assertEquals(tab, ((TabPane) scene.lookup("#workbenchTabs")).getSelectionModel().getSelectedIndex());
    }

    @Test
    void theReadoutFollowsPhiAndComparesTheRulesAtThisCost(FxRobot robot) {
        robot.interact(() -> {
            view.model().phiProperty().set(1);
            view.lecture().enable(stage, false);
        });
        TestWindows.settle(robot, scene);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        // The next point of the project's φ grid (the demo's grid steps by 1; the default by 0.5).
        double next = view.model().gridPhis().stream().filter(p -> p > 1 + 1e-9).findFirst().orElseThrow();
        assertEquals(String.format(java.util.Locale.ROOT, "φ = %.2f", next),
                robot.lookup("#lecturePhi").queryAs(Label.class).getText());
        String accuracy = robot.lookup("#lectureAccuracy").queryAs(Label.class).getText();
        assertTrue(accuracy.startsWith("accuracy ") && accuracy.contains("%"), accuracy);
        GridPane comparison = robot.lookup("#lectureComparison").queryAs(GridPane.class);
        assertTrue(!comparison.isVisible());
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(comparison.isVisible());
        assertEquals(4 * 4, comparison.getChildren().size(), "four rules, four columns each");
        assertEquals("Compound", ((Label) comparison.getChildren().get(0)).getText());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theLectureChartsAreDrawnLarger(FxRobot robot) {
        robot.interact(() -> view.lecture().enable(stage, false));
        TestWindows.settle(robot, scene);
        ChartViewer lecture = robot.lookup("#lecture-macsChart").queryAs(ChartViewer.class);
        assertNotNull(lecture);
        float big = tickSize(lecture);
        robot.type(KeyCode.ESCAPE);
        TestWindows.settle(robot, scene);
        float normal = tickSize(robot.lookup("#macsChart").queryAs(ChartViewer.class));
        assertTrue(big >= 2 * normal, big + " vs " + normal);
    }

    private static float tickSize(Node viewer) {
        var plot = (CombinedDomainXYPlot) ((ChartViewer) viewer).getChart().getXYPlot();
        return plot.getDomainAxis().getTickLabelFont().getSize2D();
    }
}
