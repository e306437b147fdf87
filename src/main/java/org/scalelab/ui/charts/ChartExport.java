package org.scalelab.ui.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.scalelab.ui.concurrent.BackgroundExecutor;

/**
 * Saves a chart as PNG or SVG. The chart is drawn on the calling (FX) thread, because its datasets belong to it;
 * encoding and writing the file run on the {@link BackgroundExecutor}, and {@link #messageProperty()} says how it went.
 */
public final class ChartExport {
    private final BackgroundExecutor executor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    ChartExport(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Writes a chart as PNG. */
    public void png(JFreeChart chart, Path file, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height);
        write(file, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        });
    }

    /** Writes a chart as SVG. */
    public void svg(JFreeChart chart, Path file, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        String svg = g.getSVGDocument();
        write(file, () -> svg.getBytes(StandardCharsets.UTF_8));
    }

    /** "Saved …" or "Cannot save …" after the last export; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private interface Bytes {
        byte[] get() throws IOException;
    }

    private void write(Path file, Bytes bytes) {
        message.set("Saving " + file.getFileName() + " …");
        executor.submit(() -> {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes.get());
            return file;
        }, f -> message.set("Saved " + f.toAbsolutePath()),
                e -> message.set("Cannot save " + file + ": " + e.getMessage()));
    }
}
