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
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.concurrent.FxExecutor;
import org.scalelab.ui.project.RecentProjects;
import org.scalelab.ui.training.ClusterPreference;
import org.scalelab.ui.training.WorkbenchTraining;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The desktop app. Options: {@code --project FILE} opens a saved project (otherwise the bundled demo project with
 * its precomputed results), {@code --lecture} starts in lecture mode, {@code --db FILE} picks the experiment
 * database, {@code --size WxH} sets the window's size, {@code --snapshot FILE.png} renders the window to a PNG
 * and exits.
 */
public final class ScaleLabApp extends Application {
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;
    /** The snapshot waits for the project's results to arrive, at most this long. */
    private static final double SNAPSHOT_WAIT_SECONDS = 6;
    /** After they arrive: the background work they start (fits, the figure) and the figure's animation settle. */
    private static final double SNAPSHOT_SETTLE_SECONDS = 1.0;

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
        // Where jobs train: --spark-master for this session, else the remembered setting (Training menu)
        backend = WorkbenchTraining.switching(options.database(),
                new ClusterPreference().atStart(Clusters.available()));
        view = new WorkbenchView(model, executor, backend, new RecentProjects());
        Scene scene = new Scene(view, options.width() > 0 ? options.width() : WIDTH,
                options.height() > 0 ? options.height() : HEIGHT);
        scene.getStylesheets().add(ScaleLabApp.class.getResource("scalelab.css").toExternalForm());
        stage.titleProperty().bind(view.titleProperty());
        stage.setScene(scene);
        stage.show();

        if (options.project() != null) {
            view.project().open(options.project());
        } else {
            view.demo().open();
        }
        if (options.lecture()) {
            // A snapshot shows lecture mode at the size asked for, not full screen.
            view.lecture().enable(stage, options.snapshot() == null);
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
        long[] filled = {-1};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            long now = System.nanoTime();
            if (filled[0] < 0 && (!model.runs().isEmpty() || (now - start) / 1e9 > SNAPSHOT_WAIT_SECONDS)) {
                filled[0] = now;
            }
            if (filled[0] >= 0 && (now - filled[0]) / 1e9 > SNAPSHOT_SETTLE_SECONDS) {
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
