package org.scalelab.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.scalelab.ui.baseline.BaselineEditorView;
import org.scalelab.ui.baseline.BaselineEditorViewModel;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.figure.ScalingFigurePane;
import org.scalelab.ui.figure.ScalingFigureViewModel;
import org.scalelab.ui.scaling.ScalingPanelView;
import org.scalelab.ui.scaling.ScalingPanelViewModel;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Not a test: renders the three views to PNGs for a look ({@code xvfb-run -a java -cp ... RenderEditorViews DIR}).
 */
public final class RenderEditorViews {
    private RenderEditorViews() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/snapshots");
        Files.createDirectories(dir);
        Platform.startup(() -> {
            try {
                WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
                BaselineEditorViewModel editor = new BaselineEditorViewModel(model);
                shoot(new BaselineEditorView(editor), 900, 560, dir.resolve("baseline-editor.png"));
                editor.editStage(1, org.scalelab.ui.baseline.StageColumn.KERNEL, "4");
                shoot(new BaselineEditorView(editor), 900, 560, dir.resolve("baseline-editor-error.png"));
                editor.revert();
                ScalingPanelViewModel scaling = new ScalingPanelViewModel(model);
                shoot(new ScalingPanelView(scaling), 1000, 620, dir.resolve("scaling-panel.png"));
                scaling.alphaProperty().set(1.5);
                shoot(new ScalingPanelView(scaling), 1000, 620, dir.resolve("scaling-panel-warning.png"));
                scaling.alphaProperty().set(1.2);
                model.phiProperty().set(2);
                ScalingFigureViewModel figure = new ScalingFigureViewModel(model, new DirectExecutor());
                shoot(new ScalingFigurePane(figure), 1000, 360, dir.resolve("scaling-figure.png"));
                editor.choosePreset("efficientnet-b0");
                scaling.applyFamily(org.scalelab.domain.scaling.EfficientNetFamily.B7);
                shoot(new ScalingFigurePane(figure), 1000, 360, dir.resolve("scaling-figure-b7.png"));
            } catch (Exception e) {
                e.printStackTrace();
            }
            Platform.exit();
        });
    }

    private static void shoot(Parent root, double w, double h, Path file) throws Exception {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, w, h));
        stage.show();
        root.applyCss();
        root.layout();
        var image = root.getScene().snapshot(null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        stage.close();
        System.out.println("wrote " + file);
    }
}
