package org.scalelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRequest;
import org.scalelab.training.service.RunEvent;
import org.scalelab.ui.window.Truncations;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The jobs' labelled buttons, the runs table and the training curves in the whole window: a job's Curves button
 * shows its loss and accuracy as epochs end, its Cancel button cancels it, and runs chosen in the table are overlaid.
 */
class JobsRunsAndCurvesTest extends WholeWindowTest {


    @BeforeEach
    void window(FxRobot robot) {
        open(robot, 1366, 768);
        TestWindows.showTab(robot, "jobsTab");
    }

    @Test
    void aJobsButtonsAreLabelledAndDoWhatTheySay(FxRobot robot) {
        robot.clickOn("#trainSelectedButton");
        WaitForAsyncUtils.waitForFxEvents();
        RunRequest q = backend.submitted.get(0);
        Button curves = robot.lookup("#curvesButton").queryButton();
        Button cancel = robot.lookup("#cancelButton").queryButton();
        assertEquals("Curves", curves.getText());
        assertEquals("Cancel", cancel.getText());
        assertNotNull(curves.getTooltip());
        assertNotNull(cancel.getTooltip());
        assertEquals(List.of(), TestWindows.onFx(() -> Truncations.find(scene.getRoot())), "the job row fits");

        robot.interact(() -> {
            backend.emit(new RunEvent.Started(q.key(), false));
            backend.emit(new RunEvent.EpochDone(q.key(), new EpochMetrics(1, 0.9, 0.70, 0.68, 500, 3)));
        });
        robot.clickOn(curves);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#workbenchTabs").queryAs(TabPane.class);
        assertEquals("curvesTab", tabs.getSelectionModel().getSelectedItem().getId());
        LineChart<?, ?> loss = robot.lookup("#curvesLossChart").queryAs(LineChart.class);
        LineChart<?, ?> accuracy = robot.lookup("#curvesAccuracyChart").queryAs(LineChart.class);
        assertEquals(1, loss.getData().size());
        assertEquals(2, accuracy.getData().size(), "training and validation accuracy");
        assertEquals(1, loss.getData().get(0).getData().size());
        robot.interact(() -> backend.emit(new RunEvent.EpochDone(q.key(), new EpochMetrics(2, 0.6, 0.8, 0.77, 500, 3))));
        assertEquals(2, loss.getData().get(0).getData().size(), "a running job's curves grow as epochs end");

        TestWindows.showTab(robot, "jobsTab");
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(q.key()), backend.cancelled);
        assertTrue(cancel.isDisabled());
    }

    @Test
    void theRunsTableListsEveryRunAndOverlaysTheChosenOnesCurves(FxRobot robot) {
        TestWindows.showTab(robot, "runsTab");
        TableView<?> table = robot.lookup("#runsTable").queryAs(TableView.class);
        assertEquals(view.model().runs().size(), table.getItems().size());
        assertTrue(robot.lookup("#runsCount").queryAs(Label.class).getText().startsWith(table.getItems().size() + " runs"));
        Button show = robot.lookup("#showRunCurvesButton").queryButton();
        assertTrue(show.isDisabled());
        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        assertFalse(show.isDisabled());
        robot.clickOn(show);
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<?, ?> loss = robot.lookup("#curvesLossChart").queryAs(LineChart.class);
        assertEquals(3, loss.getData().size());
        assertTrue(loss.getData().get(0).getData().size() > 0, "the demo's runs come with their epochs");
        // Sorting by accuracy, best first (what two clicks on its header do).
        robot.interact(() -> {
            var column = table.getColumns().stream().filter(c -> c.getGraphic() instanceof Label l
                    && l.getText().equals("Accuracy")).findFirst().orElseThrow();
            column.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            @SuppressWarnings("unchecked")
            var order = (javafx.collections.ObservableList<javafx.scene.control.TableColumn<?, ?>>)
                    (javafx.collections.ObservableList<?>) table.getSortOrder();
            order.setAll(column);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double first = ((org.scalelab.ui.runs.RunRow) table.getItems().get(0)).accuracy();
        for (Object r : table.getItems()) {
            assertTrue(((org.scalelab.ui.runs.RunRow) r).accuracy() <= first);
        }
    }
}
