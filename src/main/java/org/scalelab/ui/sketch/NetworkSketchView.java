package org.scalelab.ui.sketch;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.format.Numbers;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Paints the baseline (top) and the selected variant (bottom) on one scale, from {@link SketchLayout}; repaints
 * when either changes (so it follows φ) and when resized. Only paints.
 */
public final class NetworkSketchView extends Region {
    private static final Color[] STAGE_COLORS = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#e15759"),
        Color.web("#76b7b2"), Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"), Color.web("#9c755f")};
    private static final Color STEM = Color.web("#7f7f7f");
    private static final Color INPUT = Color.web("#dfe7f2");
    /** A strip at the bottom for the legend, kept clear of the boxes. */
    private static final double LEGEND_HEIGHT = 18;

    private final WorkbenchModel model;
    private final Canvas canvas = new Canvas();

    public NetworkSketchView(WorkbenchModel model) {
        this.model = model;
        setId("networkSketch");
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(720, 300);
        setStyle("-fx-background-color: white;");
        model.baselineProperty().addListener(o -> paint());
        model.selectedProperty().addListener(o -> paint());
        model.baselineVariantProperty().addListener(o -> paint());
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
    }

    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 10 || h < 10) {
            return;
        }
        NetworkSpec base = model.baselineProperty().get();
        Variant v = model.selectedProperty().get();
        SketchLayout.Sketch sketch = SketchLayout.layout(base, v == null ? null : v.spec(), w, h - LEGEND_HEIGHT);
        Variant bv = model.baselineVariantProperty().get();
        paintRow(g, sketch.baseline(), "Baseline: " + base.name(), describe(base)
                + (bv == null ? "" : " · " + Numbers.count(bv.cost().macs()) + " MACs"));
        if (sketch.variant() != null) {
            paintRow(g, sketch.variant(), String.format(Locale.ROOT, "%s, φ = %.2f", v.rule().label(), v.phi()),
                    String.format(Locale.ROOT, "d %.2f · w %.2f · r %.2f · %d px · %d blocks · %s MACs",
                            v.multipliers().depth(), v.multipliers().width(), v.multipliers().resolution(),
                            v.spec().input().resolution(), v.spec().blockCount(), Numbers.count(v.cost().macs())));
            g.setStroke(Color.web("#dddddd"));
            g.strokeLine(0, sketch.variant().top(), w, sketch.variant().top());
        }
        g.setFont(Font.font("System", 12.5));
        g.setFill(Color.web("#666666"));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("box = block · height ∝ √channels · colour = stage", w - 8, h - 3);
    }

    private static String describe(NetworkSpec s) {
        return s.input().resolution() + " px · " + s.blockCount() + " blocks · up to " + s.featureChannels() + " ch";
    }


    /** A row: its title in bold, the numbers on a second line, then the boxes. */
    private static void paintRow(GraphicsContext g, SketchLayout.Row row, String title, String detail) {
        g.setFont(Font.font("System", FontWeight.BOLD, 13));
        g.setFill(Color.web("#222222"));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, SketchLayout.MARGIN, row.top() + 3);
        g.setFont(Font.font("System", 12));
        g.setFill(Color.web("#444444"));
        g.fillText(detail, SketchLayout.MARGIN, row.top() + 19);
        for (SketchLayout.Box b : row.boxes()) {
            Color fill = switch (b.kind()) {
                case INPUT -> INPUT;
                case STEM, HEAD -> STEM;
                case BLOCK -> STAGE_COLORS[b.stage() % STAGE_COLORS.length];
            };
            g.setFill(fill);
            g.fillRect(b.x(), b.y(), b.width(), b.height());
            g.setStroke(b.kind() == SketchLayout.Kind.INPUT ? Color.web("#6b7f99") : fill.darker());
            g.setLineWidth(1);
            g.strokeRect(b.x() + 0.5, b.y() + 0.5, Math.max(0, b.width() - 1), Math.max(0, b.height() - 1));
            if (b.kind() == SketchLayout.Kind.INPUT) {
                g.setFill(Color.web("#33475b"));
                g.setFont(Font.font("System", 13));
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.fillText("input " + b.label(), b.x(), b.y() + b.height() + 2);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
            }
        }
    }
}
