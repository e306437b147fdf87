package org.scalelab.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.scalelab.ui.concurrent.Pulses;

/** Renders a scene to PNG once it has been laid out, writes the file off the FX thread, then exits. */
final class Snapshot {
    private Snapshot() {
    }

    static void writeAndExit(Scene scene, Path file) {
        Pulses.afterLayout(() -> {
            WritableImage image = scene.snapshot(null);
            BufferedImage png = SwingFXUtils.fromFXImage(image, null);
            Thread writer = new Thread(() -> {
                int status = 0;
                try {
                    Path parent = file.toAbsolutePath().getParent();
                    if (parent != null) {
                        java.nio.file.Files.createDirectories(parent);
                    }
                    ImageIO.write(png, "png", file.toFile());
                    System.out.println("snapshot written to " + file.toAbsolutePath());
                } catch (IOException e) {
                    System.err.println("scalelab: cannot write snapshot " + file + ": " + e.getMessage());
                    status = 2;
                }
                Platform.exit();
                System.exit(status);
            }, "snapshot-writer");
            writer.start();
        });
    }
}
