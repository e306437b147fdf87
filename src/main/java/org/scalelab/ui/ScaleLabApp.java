package org.scalelab.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.scalelab.ui.cost.CostView;
import org.scalelab.ui.cost.CostViewModel;

/** The desktop app. {@code --snapshot FILE.png} renders the window to a PNG and exits. */
public final class ScaleLabApp extends Application {
    static final double WIDTH = 1100;
    static final double HEIGHT = 640;

    public static void main(String[] args) {
        launch(ScaleLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new CostView(new CostViewModel()), WIDTH, HEIGHT);
        scene.getStylesheets().add(ScaleLabApp.class.getResource("scalelab.css").toExternalForm());
        stage.setTitle("ScaleLab");
        stage.setScene(scene);
        stage.show();
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        int i = args.indexOf("--snapshot");
        if (i >= 0) {
            if (i + 1 >= args.size()) {
                System.err.println("scalelab: --snapshot needs a file name, e.g. --snapshot window.png");
                Platform.exit();
                return;
            }
            Snapshot.writeAndExit(scene, Path.of(args.get(i + 1)));
        }
    }
}
