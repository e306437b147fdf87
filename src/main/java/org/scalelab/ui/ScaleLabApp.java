package org.scalelab.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.concurrent.FxExecutor;
import org.scalelab.ui.lecture.DemoProject;
import org.scalelab.ui.project.RecentProjects;
import org.scalelab.ui.training.WorkbenchTraining;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The desktop app. Options: {@code --project FILE} opens a saved project (otherwise the bundled demo project with
 * its precomputed results), {@code --lecture} starts in lecture mode, {@code --db FILE} picks the experiment
 * database, {@code --snapshot FILE.png} renders the window to a PNG and exits.
 */
public final class ScaleLabApp extends Application {
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;
    /** The snapshot waits for the project's results to arrive, at most this long. */
    private static final double SNAPSHOT_WAIT_SECONDS = 6;

    private FxExecutor executor;
    private TrainingPort backend;
    private WorkbenchView view;

    public static void main(String[] args) {
        launch(ScaleLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppOptions options;
        try {
            options = AppOptions.parse(getParameters() == null ? List.of() : getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("scalelab: " + e.getMessage());
            Platform.exit();
            System.exit(2);
            return;
        }
        // Three workers: a coefficient search's driver holds one while it waits for its runs.
        executor = new FxExecutor(3);
        WorkbenchModel model = new WorkbenchModel(executor);
        backend = WorkbenchTraining.open(options.database());
        view = new WorkbenchView(model, executor, backend, new RecentProjects());
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().add(ScaleLabApp.class.getResource("scalelab.css").toExternalForm());
        stage.setTitle("ScaleLab: compound scaling workbench");
        stage.setScene(scene);
        stage.show();

        if (options.project() != null) {
            view.project().open(options.project());
        } else {
            executor.submit(DemoProject::readBundled, demo -> demo.install(model),
                    e -> System.err.println("scalelab: the demo project could not be loaded: " + e.getMessage()));
        }
        if (options.lecture()) {
            view.lecture().enable(stage);
        }
        if (Boolean.getBoolean("scalelab.pulseProbe")) {
            new FramePulseProbe(true).start();
        }
        if (options.snapshot() != null) {
            snapshotWhenFilled(scene, model, options.snapshot());
        }
    }

    /** Waits (without blocking the FX thread) for results to reach the charts, then writes the PNG and exits. */
    private static void snapshotWhenFilled(Scene scene, WorkbenchModel model, Path file) {
        long start = System.nanoTime();
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(250), e -> {
            boolean waitedEnough = (System.nanoTime() - start) / 1e9 > SNAPSHOT_WAIT_SECONDS;
            if (!model.runs().isEmpty() || waitedEnough) {
                poll.stop();
                Snapshot.writeAndExit(scene, file);
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    @Override
    public void stop() {
        if (view != null) {
            view.stop();
        }
        if (backend != null) {
            backend.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
