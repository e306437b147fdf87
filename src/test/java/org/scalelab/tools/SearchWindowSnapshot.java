package org.scalelab.tools;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.concurrent.FxExecutor;
import org.scalelab.ui.search.AnsweringTraining;
import org.scalelab.ui.search.SearchField;
import org.scalelab.ui.search.SearchViewModel;
import org.scalelab.ui.search.SearchWindow;
import org.scalelab.ui.training.WorkbenchTraining;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Renders the search window to a PNG for a look at its layout, with the backend of the tests (accuracies made up
 * as a function of α, β, γ: the numbers mean nothing). Run under a display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1920x1200x24" java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.scalelab.tools.SearchWindowSnapshot FILE.png [--before] [--seeds N] [--mnas] [--db FILE [--tiny]
 * [--train-size N]]}: {@code --before} shows the window before the search runs; {@code --db} trains for real
 * through the workbench's production backend into that database (bundled data), and {@code --tiny} searches
 * only α = 1.2, β 1..1.2, γ 1..1.3 (three networks), each trained fully for one epoch.
 */
public final class SearchWindowSnapshot {
    private SearchWindowSnapshot() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "search-window.png");
        boolean before = java.util.Arrays.asList(args).contains("--before");
        boolean mnas = java.util.Arrays.asList(args).contains("--mnas");
        int seedsAt = java.util.Arrays.asList(args).indexOf("--seeds");
        String seeds = seedsAt >= 0 ? args[seedsAt + 1] : "1";
        List<String> list = java.util.Arrays.asList(args);
        Path db = list.contains("--db") ? Path.of(list.get(list.indexOf("--db") + 1)) : null;
        boolean tiny = list.contains("--tiny");
        int trainSize = list.contains("--train-size") ? Integer.parseInt(list.get(list.indexOf("--train-size") + 1)) : 0;
        Platform.startup(() -> {
            FxExecutor executor = new FxExecutor(3);
            WorkbenchModel model = new WorkbenchModel(executor);
            if (trainSize > 0) {
                model.recipeProperty().set(model.recipeProperty().get().withTrainSize(trainSize));
            }
            TrainingPort backend = db != null ? WorkbenchTraining.open(db)
                    : new AnsweringTraining(AnsweringTraining::peaked);
            SearchWindow window = new SearchWindow(model, backend, executor);
            window.show(null);
            SearchViewModel vm = window.viewModel();
            vm.form().textProperty(SearchField.SEEDS).set(seeds);
            if (mnas) {
                vm.form().rankingProperty().set(org.scalelab.domain.search.Objective.Kind.MNAS);
            }
            if (tiny) {
                Map.of(SearchField.ALPHA_MIN, "1.2", SearchField.ALPHA_MAX, "1.2", SearchField.BETA_MAX, "1.2",
                        SearchField.GAMMA_MAX, "1.3", SearchField.MAX_EPOCHS, "1")
                        .forEach((f, t) -> vm.form().textProperty(f).set(t));
                vm.form().trainFullyProperty().set(true);
            }
            long start = System.nanoTime();
            Timeline poll = new Timeline();
            poll.getKeyFrames().add(new KeyFrame(Duration.millis(500), e -> {
                double seconds = (System.nanoTime() - start) / 1e9;
                if (seconds > 1.5 && !before && !vm.search().runningProperty().get() && vm.search().resultProperty().get() == null
                        && vm.canRunProperty().get()) {
                    vm.run();
                }
                boolean ended = before ? seconds > 1.5 : vm.search().resultProperty().get() != null && !vm.search().runningProperty().get();
                if (ended || seconds > 900) {
                    poll.stop();
                    System.out.println("status: " + vm.search().statusProperty().get());
                    System.out.println(vm.search().winnerTextProperty().get());
                    PauseTransition settle = new PauseTransition(Duration.seconds(0.5));
                    settle.setOnFinished(f -> write(window, file));
                    settle.play();
                }
            }));
            poll.setCycleCount(Timeline.INDEFINITE);
            poll.play();
        });
    }

    private static void write(SearchWindow window, Path file) {
        WritableImage image = window.stage().getScene().snapshot(null);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        new Thread(() -> {
            int status = 0;
            try {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                ImageIO.write(png, "png", file.toFile());
                System.out.println("snapshot written to " + file.toAbsolutePath() + " (" + png.getWidth() + "×"
                        + png.getHeight() + ")");
            } catch (java.io.IOException e) {
                System.err.println("cannot write " + file + ": " + e.getMessage());
                status = 2;
            }
            Platform.exit();
            System.exit(status);
        }).start();
    }
}
