package org.scalelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Where jobs train" window's content: type a URL, see what is wrong with it, apply; the build without Spark. */
@ExtendWith(ApplicationExtension.class)
class ClusterViewTest {
    private final Preferences node = Preferences.userRoot().node("org/scalelab/test/cluster-view-" + System.nanoTime());
    private SwitchingTraining port;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(view(true), ClusterWindow.WIDTH, 320));
        stage.show();
    }

    private ClusterView view(boolean sparkBuild) {
        port = new SwitchingTraining(Path.of("/tmp/fake.db"), m -> new FakeTraining(), null);
        return new ClusterView(new ClusterViewModel(port, new ClusterPreference(node), sparkBuild, new DirectExecutor(),
                () -> { }), () -> { });
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aTypedUrlIsCheckedAndApplyMovesTheJobs(FxRobot robot) throws java.io.IOException {
        TextField field = robot.lookup("#masterField").queryAs(TextField.class);
        Button apply = robot.lookup("#applyClusterButton").queryAs(Button.class);
        assertTrue(field.isDisabled(), "this machine is chosen");
        robot.clickOn("#clusterChoice");
        assertFalse(field.isDisabled());
        robot.clickOn("#masterField").write("spark:/h");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#masterProblem").queryAs(Label.class);
        assertEquals("'spark:/h' is neither spark://HOST:PORT nor local[N]", problem.getText());
        assertTrue(problem.isVisible());
        assertTrue(field.getStyleClass().contains("invalid"));
        assertTrue(apply.isDisabled());

        robot.interact(() -> field.setText("spark://127.0.0.1:7077"));
        assertFalse(problem.isVisible());
        assertFalse(apply.isDisabled());
        robot.clickOn("#applyClusterButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("spark://127.0.0.1:7077", port.master());
        assertEquals("Jobs train on the Spark cluster at spark://127.0.0.1:7077.",
                robot.lookup("#clusterCurrent").queryAs(Label.class).getText());
        assertTrue(apply.isDisabled(), "nothing left to apply");

        robot.interact(() -> field.setText("yarn"));
        java.awt.image.BufferedImage[] png = new java.awt.image.BufferedImage[1];
        robot.interact(() -> png[0] = javafx.embed.swing.SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        javax.imageio.ImageIO.write(png[0], "png", java.nio.file.Files.createDirectories(Path.of("target"))
                .resolve("where-jobs-train.png").toFile());
    }

    @Test
    void aBuildWithoutSparkSaysSoAndOffersNoCluster(FxRobot robot) {
        robot.interact(() -> stage.getScene().setRoot(view(false)));
        assertTrue(robot.lookup("#masterField").tryQuery().isEmpty());
        assertTrue(robot.lookup("#applyClusterButton").tryQuery().isEmpty());
        assertEquals("Jobs train on this machine.", robot.lookup("#clusterCurrent").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#clusterUnavailable").queryAs(Label.class).getText()
                .startsWith("This build of ScaleLab has no Spark support; "));
    }
}
