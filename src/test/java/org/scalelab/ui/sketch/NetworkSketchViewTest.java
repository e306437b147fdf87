package org.scalelab.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sketch fills its container and repaints when φ moves. */
@ExtendWith(ApplicationExtension.class)
class NetworkSketchViewTest {
    private WorkbenchModel model;
    private StackPane root;

    @Start
    void start(Stage stage) {
        model = new WorkbenchModel(new DirectExecutor());
        root = new StackPane(new NetworkSketchView(model));
        stage.setScene(new Scene(root, 800, 300));
        stage.show();
    }

    @Test
    void canvasResizesWithContainer(FxRobot robot) {
        NetworkSketchView view = robot.lookup("#networkSketch").queryAs(NetworkSketchView.class);
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        assertEquals(800, canvas.getWidth(), 1);
        robot.interact(() -> root.getScene().getWindow().setWidth(600));
        robot.interact(() -> { });
        assertEquals(600, canvas.getWidth(), 20);
    }

    @Test
    void movingPhiRepaints(FxRobot robot) {
        NetworkSketchView view = robot.lookup("#networkSketch").queryAs(NetworkSketchView.class);
        WritableImage[] before = new WritableImage[1];
        robot.interact(() -> before[0] = view.snapshot(null, null));
        robot.interact(() -> model.phiProperty().set(3));
        WritableImage[] after = new WritableImage[1];
        robot.interact(() -> after[0] = view.snapshot(null, null));
        assertNotEquals(checksum(before[0]), checksum(after[0]));
    }

    private static long checksum(WritableImage image) {
        long sum = 0;
        var reader = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y += 3) {
            for (int x = 0; x < (int) image.getWidth(); x += 3) {
                sum = sum * 31 + reader.getArgb(x, y);
            }
        }
        return sum;
    }
}
