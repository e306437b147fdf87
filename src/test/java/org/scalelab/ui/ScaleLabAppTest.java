package org.scalelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real window headless (Monocle): keyboard on the φ slider rescales the network. */
@ExtendWith(ApplicationExtension.class)
class ScaleLabAppTest {

    @Start
    void start(Stage stage) {
        new ScaleLabApp().start(stage);
    }

    @Test
    void arrowKeysOnPhiUpdateSummaryAndTable(FxRobot robot) {
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        TableView<?> table = robot.lookup("#stageTable").queryAs(TableView.class);
        String before = summary.getText();
        assertTrue(before.startsWith("5,288,548 params"), before);
        assertEquals(10, table.getItems().size());

        Slider phi = robot.lookup("#phiSlider").queryAs(Slider.class);
        robot.interact(phi::requestFocus);
        robot.type(KeyCode.RIGHT, 4);

        assertEquals(1.0, phi.getValue(), 1e-9);
        assertNotEquals(before, summary.getText());
        assertTrue(summary.getText().endsWith("256 px"), summary.getText());
    }
}
