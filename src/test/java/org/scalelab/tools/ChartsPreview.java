package org.scalelab.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.ui.charts.ChartsView;
import org.scalelab.ui.charts.ChartsViewModel;
import org.scalelab.ui.charts.CostMetric;
import org.scalelab.ui.charts.Runs;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Renders the charts view in a real window and saves PNGs, to look at it as a first-time user would:
 * {@code xvfb-run -a java -cp ... org.scalelab.tools.ChartsPreview target/preview}. Writes an empty
 * MACs chart, a filled one, the params chart on a log axis and the reference view.
 */
public final class ChartsPreview {
    private ChartsPreview() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/preview");
        Files.createDirectories(dir);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
            ChartsViewModel vm = new ChartsViewModel(model, new DirectExecutor());
            ChartsView view = new ChartsView(vm);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1100, 760));
            stage.show();
            Runnable[] steps = {
                () -> save(stage, dir.resolve("1-empty-macs.png")),
                () -> {
                    fill(model);
                    model.phiProperty().set(1.5);
                },
                () -> save(stage, dir.resolve("2-macs.png")),
                () -> {
                    vm.logAxisProperty().set(true);
                    view.show(CostMetric.PARAMS);
                },
                () -> save(stage, dir.resolve("3-params-log.png")),
                () -> view.show(null),
                () -> save(stage, dir.resolve("4-reference.png")),
                done::countDown,
            };
            chain(steps, 0);
        });
        done.await();
        Platform.exit();
    }

    static void fill(WorkbenchModel model) {
        double[][] compound = {{0, 0.861}, {0.5, 0.872}, {1, 0.884}, {1.5, 0.889}, {2, 0.896}};
        for (double[] p : compound) {
            Runs.done(model, ScalingRule.COMPOUND, p[0], p[1]);
        }
        Runs.done(model, ScalingRule.WIDTH, 1, 0.874);
        Runs.done(model, ScalingRule.WIDTH, 2, 0.879);
        Runs.done(model, ScalingRule.DEPTH, 1, 0.869);
        Runs.done(model, ScalingRule.DEPTH, 2, 0.871);
        Runs.done(model, ScalingRule.RESOLUTION, 1, 0.878);
    }

    /** Runs each step a few pulses after the previous one, so layout and painting settle in between. */
    private static void chain(Runnable[] steps, int i) {
        if (i == steps.length) {
            return;
        }
        new Thread(() -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(() -> {
                steps[i].run();
                chain(steps, i + 1);
            });
        }).start();
    }

    private static void save(Stage stage, Path file) {
        var image = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
        try {
            ImageIO.write(image, "png", file.toFile());
            System.out.println("wrote " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
