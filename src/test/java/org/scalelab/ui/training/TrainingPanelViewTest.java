package org.scalelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.training.RunRequest;
import org.scalelab.training.service.RunEvent;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real panel, headless: a run starts from the button, shows progress, and is cancelled from its row. */
@ExtendWith(ApplicationExtension.class)
class TrainingPanelViewTest {
    private final FakeTraining backend = new FakeTraining();
    private WorkbenchModel model;

    @Start
    void start(Stage stage) {
        DirectExecutor executor = new DirectExecutor();
        model = new WorkbenchModel(executor);
        TrainingPanelViewModel vm = new TrainingPanelViewModel(model, backend, executor);
        stage.setScene(new Scene(new TrainingPanelView(vm), 900, 560));
        stage.show();
    }

    @Test
    void runStartsAndIsCancelledFromItsRow(FxRobot robot) {
        robot.clickOn("#trainSelectedButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, backend.submitted.size());
        RunRequest q = backend.submitted.get(0);

        robot.interact(() -> {
            backend.emit(new RunEvent.Started(q.key(), false));
            backend.emit(new RunEvent.Progress(q.key(), 1, 3, 4, 10, 0.9));
        });
        assertTrue(robot.lookup(".job-status").queryAs(Label.class).getText().startsWith("epoch 1/3"));

        Button cancel = robot.lookup("#cancelButton").queryButton();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(java.util.List.of(q.key()), backend.cancelled);
        assertEquals("cancelled", robot.lookup(".job-status").queryAs(Label.class).getText());
        assertTrue(cancel.isDisabled());
    }
}
