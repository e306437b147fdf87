package org.scalelab.ui.search;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.scalelab.ui.concurrent.FxExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Renders the search window to a PNG for a look at its layout, with the backend of the tests (accuracies made up
 * as a function of α, β, γ: the numbers mean nothing). Run under a display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1920x1200x24" java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.scalelab.ui.search.SearchWindowSnapshot FILE.png [--before] [--seeds N] [--mnas]}: {@code --before} shows
 * the window before the search runs.
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
        Platform.startup(() -> {
            FxExecutor executor = new FxExecutor(3);
            WorkbenchModel model = new WorkbenchModel(executor);
            SearchWindow window = new SearchWindow(model, new AnsweringBackend(SearchViewModelTest::accuracy), executor);
            window.show(null);
            SearchViewModel vm = window.viewModel();
            vm.textProperty(SearchField.SEEDS).set(seeds);
            if (mnas) {
                vm.rankingProperty().set(org.scalelab.domain.search.Objective.Kind.MNAS);
            }
            PauseTransition settle = new PauseTransition(Duration.seconds(1.5));
            settle.setOnFinished(e -> {
                if (!before) {
                    vm.run();
                }
                PauseTransition done = new PauseTransition(Duration.seconds(2));
                done.setOnFinished(f -> write(window, file));
                done.play();
            });
            settle.play();
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
