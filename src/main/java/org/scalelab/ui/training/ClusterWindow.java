package org.scalelab.ui.training;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The small "Where jobs train" window (Training menu). Made on first {@link #show}, then kept: closing only hides it,
 * so a move that waits for the jobs to end goes on.
 */
public final class ClusterWindow {
    public static final String TITLE = "Where jobs train";
    static final double WIDTH = 560;
    private final ClusterViewModel vm;
    private Stage stage;

    public ClusterWindow(ClusterViewModel vm) {
        this.vm = vm;
    }

    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.initModality(Modality.NONE);
            stage.setTitle(TITLE);
            Scene scene = new Scene(new ClusterView(vm, () -> stage.hide()), WIDTH, -1);
            scene.getStylesheets().add(ClusterWindow.class.getResource("/org/scalelab/ui/scalelab.css").toExternalForm());
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    public ClusterViewModel viewModel() {
        return vm;
    }
}
