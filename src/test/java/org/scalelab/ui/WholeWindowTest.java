package org.scalelab.ui;

import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.ui.training.FakeTraining;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** A TestFX test of the whole window: {@link #open} shows it on the demo project at a size, with a fake backend. */
@ExtendWith(ApplicationExtension.class)
public abstract class WholeWindowTest {
    protected Stage stage;
    protected Scene scene;
    protected WorkbenchView view;
    protected FakeTraining backend;

    /** The toolkit's primary stage (TestFX looks for its {@code @Start} only in the test class itself). */
    @BeforeEach
    void primaryStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    protected void open(FxRobot robot, double width, double height) {
        scene = TestWindows.show(robot, stage, width, height);
        view = (WorkbenchView) scene.getRoot();
        backend = TestWindows.backendOf(view);
    }
}
