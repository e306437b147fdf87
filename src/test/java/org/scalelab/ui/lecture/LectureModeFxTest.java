package org.scalelab.ui.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lecture mode on a bare window: its view replaces the root, its keys work, Esc and F11 bring the root back. */
@ExtendWith(ApplicationExtension.class)
class LectureModeFxTest {
    private WorkbenchModel model;
    private LectureMode lecture;
    private Stage stage;
    private Parent workbench;
    private final SimpleBooleanProperty compare = new SimpleBooleanProperty();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new WorkbenchModel(new DirectExecutor());
        lecture = new LectureMode(model, width -> new StackPane(new Label("lecture")), compare);
        Button b = new Button("focus");
        workbench = new VBox(new Label("φ"), b);
        stage.setScene(new Scene(workbench, 400, 300));
        stage.show();
        b.requestFocus();
    }

    @Test
    void keysStepPhiAndCompareAndEscapeComesBack(FxRobot robot) {
        robot.interact(() -> lecture.enable(stage, false));
        assertTrue(lecture.activeProperty().get());
        assertFalse(stage.getScene().getRoot() == workbench);
        robot.interact(() -> model.phiProperty().set(1));
        robot.type(KeyCode.RIGHT, 2);
        assertEquals(2.0, model.phiProperty().get());
        robot.type(KeyCode.C);
        assertTrue(compare.get());
        robot.type(KeyCode.ESCAPE);
        assertFalse(lecture.activeProperty().get());
        assertSame(workbench, stage.getScene().getRoot());
        robot.type(KeyCode.RIGHT);
        assertEquals(2.0, model.phiProperty().get(), "the workbench's own keys are its own again");
    }

    @Test
    void f11Leaves(FxRobot robot) {
        robot.interact(() -> lecture.enable(stage, false));
        robot.type(KeyCode.F11);
        assertFalse(lecture.activeProperty().get());
        assertSame(workbench, stage.getScene().getRoot());
    }
}
