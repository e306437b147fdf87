package org.scalelab.ui.search;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The non-modal "Find α, β, γ" window over the workbench. Made on first {@link #show}, then kept: closing it only
 * hides it, so a search goes on (its runs also show in the workbench's jobs) and reopening shows its progress.
 */
public final class SearchWindow {
    static final double WIDTH = 1400;
    static final double HEIGHT = 900;
    public static final String TITLE = "Find α, β, γ: coefficient search";

    private final WorkbenchModel model;
    private final TrainingPort backend;
    private final BackgroundExecutor executor;
    private SearchViewModel vm;
    private Stage stage;

    public SearchWindow(WorkbenchModel model, TrainingPort backend, BackgroundExecutor executor) {
        this.model = model;
        this.backend = backend;
        this.executor = executor;
    }

    /** Shows the window (making it the first time) in front of {@code owner}. */
    public void show(Window owner) {
        if (stage == null) {
            vm = new SearchViewModel(model, backend, executor);
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.initModality(Modality.NONE);
            stage.setTitle(TITLE);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(new SearchView(vm), Math.min(WIDTH, screen.getWidth() - 40),
                    Math.min(HEIGHT, screen.getHeight() - 60));
            scene.getStylesheets().add(SearchWindow.class.getResource("/org/scalelab/ui/scalelab.css").toExternalForm());
            stage.setScene(scene);
            stage.setMinWidth(900);
            stage.setMinHeight(600);
        }
        stage.show();
        stage.toFront();
    }

    /** The window's ViewModel; null until first shown. */
    public SearchViewModel viewModel() {
        return vm;
    }

    /** The window's stage; null until first shown. */
    public Stage stage() {
        return stage;
    }
}
