package org.scalelab.ui.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LectureModeFxTest {
    private WorkbenchModel model;
    private LectureMode lecture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new WorkbenchModel(new DirectExecutor());
        lecture = new LectureMode(model);
        Button b = new Button("focus");
        stage.setScene(new Scene(new VBox(new Label("φ"), b), 400, 300));
        stage.show();
        b.requestFocus();
    }

    @Test
    void lectureModeAddsStylesheetAndArrowKeysStepPhi(FxRobot robot) {
        robot.interact(() -> lecture.toggle(stage));
        assertTrue(stage.getScene().getStylesheets().contains(LectureMode.stylesheet()));
        model.phiProperty().set(1);
        robot.type(KeyCode.RIGHT, 2);
        assertEquals(2.0, model.phiProperty().get());

        robot.interact(() -> lecture.toggle(stage));
        assertFalse(stage.getScene().getStylesheets().contains(LectureMode.stylesheet()));
        assertFalse(lecture.activeProperty().get());
    }
}
