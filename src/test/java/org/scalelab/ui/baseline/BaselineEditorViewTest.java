package org.scalelab.ui.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the editor headless: a bad stage typed in the notation field is flagged and never applied. */
@ExtendWith(ApplicationExtension.class)
class BaselineEditorViewTest {
    private WorkbenchModel model;

    @Start
    void start(Stage stage) {
        model = new WorkbenchModel(new DirectExecutor());
        stage.setScene(new Scene(new BaselineEditorView(new BaselineEditorViewModel(model)), 900, 560));
        stage.show();
    }

    @Test
    void badStageValueShowsErrorAndKeepsSpec(FxRobot robot) {
        NetworkSpec before = model.baselineProperty().get();
        TextField notation = robot.lookup("#notationField").queryAs(TextField.class);
        robot.interact(() -> notation.setText(""));
        robot.clickOn(notation).write("ir_r2_k4_s2_e4_c24").type(KeyCode.ENTER);

        Label error = robot.lookup("#editorError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("4 is even"), error.getText());
        assertTrue(notation.getStyleClass().contains("invalid"));
        assertSame(before, model.baselineProperty().get());
    }

    @Test
    void goodStageValueApplies(FxRobot robot) {
        TextField notation = robot.lookup("#notationField").queryAs(TextField.class);
        robot.interact(() -> notation.setText(""));
        robot.clickOn(notation).write("ir_r2_k5_s1_e4_c20").type(KeyCode.ENTER);

        assertEquals(20, model.baselineProperty().get().stages().get(0).outChannels());
    }
}
