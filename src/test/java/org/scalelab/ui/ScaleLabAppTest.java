package org.scalelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.project.RecentProjects;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.ui.training.ClusterWindow;
import org.scalelab.ui.training.FakeTraining;
import org.scalelab.ui.training.SwitchingTraining;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the whole window headless (Monocle), with a fake training backend. */
@ExtendWith(ApplicationExtension.class)
class ScaleLabAppTest {
    private WorkbenchModel model;
    private FakeTraining backend;

    @Start
    void start(Stage stage) {
        model = new WorkbenchModel(new DirectExecutor());
        backend = new FakeTraining();
        // The window's own port, which can move its jobs (Training menu), over the fake
        WorkbenchView view = new WorkbenchView(model, new DirectExecutor(),
                new SwitchingTraining(backend.database(), m -> backend, null),
                new RecentProjects(Preferences.userRoot().node("scalelab-test-window")));
        Scene scene = new Scene(view, ScaleLabApp.WIDTH, ScaleLabApp.HEIGHT);
        scene.getStylesheets().add(ScaleLabApp.class.getResource("scalelab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void movingPhiUpdatesTheVariantTableAndTheSelection(FxRobot robot) {
        Slider phi = robot.lookup("#phiSlider").queryAs(Slider.class);
        TableView<?> table = robot.lookup("#variantTable").queryAs(TableView.class);
        double before = model.selectedProperty().get().phi();
        assertFalse(table.getItems().isEmpty());
        robot.interact(phi::requestFocus);
        robot.type(KeyCode.RIGHT, 2);
        WaitForAsyncUtils.waitForFxEvents();
        double after = before + 2 * model.phiStepProperty().get();
        assertEquals(after, model.phiProperty().get(), 1e-9);
        assertEquals(after, model.selectedProperty().get().phi(), 1e-9);
        assertEquals(after, phi.getValue(), 1e-9);
    }

    @Test
    void aBadStageShowsTheReasonAndLeavesTheSpecUnchanged(FxRobot robot) {
        NetworkSpec before = model.baselineProperty().get();
        TextField notation = robot.lookup("#notationField").queryAs(TextField.class);
        robot.interact(() -> notation.setText("ir_r1_k4_s1_e4_c24_swish"));
        robot.clickOn(notation).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String error = robot.lookup("#editorError").queryAs(Label.class).getText();
        assertTrue(error.contains("4 is even"), error);
        assertEquals(before, model.baselineProperty().get());
    }

    @Test
    void theTrainingMenuSaysWhereJobsTrain(FxRobot robot) {
        robot.clickOn("Training");
        robot.clickOn("#whereJobsTrainItem");
        WaitForAsyncUtils.waitForFxEvents();
        Stage where = robot.listWindows().stream().filter(w -> w instanceof Stage s && ClusterWindow.TITLE.equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElseThrow();
        assertTrue(where.isShowing());
        assertEquals("Jobs train on this machine.", robot.lookup("#clusterCurrent").queryAs(Label.class).getText());
        // The default build offers no cluster and says why; the Spark edition offers the field.
        assertEquals(Clusters.available(), robot.lookup("#masterField").tryQuery().isPresent());
        assertEquals(!Clusters.available(), robot.lookup("#clusterUnavailable").tryQuery().isPresent());
        robot.clickOn("#closeClusterButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(where.isShowing());
    }

    @Test
    void aRunStartsAndIsCancelled(FxRobot robot) {
        TestWindows.showTab(robot, "jobsTab");
        robot.clickOn("#trainSelectedButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, backend.submitted.size());
        String runId = backend.submitted.get(0).key();
        assertEquals(model.requestFor(model.selectedProperty().get()).key(), runId);
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(runId), backend.cancelled);
        assertNotEquals(0, robot.lookup("#trainingPanel").queryAll().size());
    }
}
