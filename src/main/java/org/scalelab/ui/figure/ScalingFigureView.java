package org.scalelab.ui.figure;

import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.ui.charts.RulePalette;

/**
 * Paints the scaling figure from {@link FigureLayout}: the baseline and its variants side by side, the selected
 * rule's column framed. When φ steps, the figure glides to its new shape in {@value #ANIMATION_MS} ms; while φ is
 * dragged (changes faster than that) and on a resize it redraws at once, which keeps the window's frames cheap. Only paints; {@link #textScaleProperty()} enlarges the text (and the figure's margins) for
 * lecture mode.
 */
public final class ScalingFigureView extends Region {
    static final long ANIMATION_MS = 220;
    private static final Color[] STAGE_COLORS = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#e15759"),
        Color.web("#76b7b2"), Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"), Color.web("#9c755f")};
    private static final Color STEM = Color.web("#8c8c8c");
    private static final Color INPUT = Color.web("#dfe7f2");
    private static final Color INPUT_EDGE = Color.web("#6b7f99");
    private static final Color TEXT = Color.web("#222222");
    private static final Color MUTED = Color.web("#555555");

    private final ScalingFigureViewModel vm;
    private final Canvas canvas = new Canvas();
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1);
    private final Text measure = new Text();
    private FigureLayout.Layout shown = FigureLayout.Layout.EMPTY;
    private FigureLayout.Layout from = FigureLayout.Layout.EMPTY;
    private FigureLayout.Layout target = FigureLayout.Layout.EMPTY;
    private long animationStart;
    /** When the figure last changed: changes coming faster than an animation (a drag) jump instead of gliding. */
    private long lastChange;
    private final AnimationTimer animation = new AnimationTimer() {
        @Override
        public void handle(long now) {
            double t = Math.min(1, (now - animationStart) / (ANIMATION_MS * 1e6));
            double eased = 1 - Math.pow(1 - t, 3);
            shown = FigureLayout.tween(from, target, eased);
            paint();
            if (t >= 1) {
                stop();
            }
        }
    };

    public ScalingFigureView(ScalingFigureViewModel vm) {
        this.vm = vm;
        getStyleClass().add("scaling-figure");
        getChildren().add(canvas);
        setMinSize(160, 120);
        setPrefSize(760, 320);
        vm.figureProperty().addListener(o -> {
            long now = System.nanoTime();
            boolean stepped = now - lastChange > ANIMATION_MS * 1_000_000L;
            lastChange = now;
            relayout(stepped);
        });
        textScale.addListener(o -> relayout(false));
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            relayout(false);
        }
    }

    /** Recomputes the target layout; glides there when asked and the figure is on screen. */
    private void relayout(boolean animate) {
        ScalingFigureViewModel.Figure f = vm.figureProperty().get();
        target = FigureLayout.layout(f.networks(), canvas.getWidth(), canvas.getHeight(), textScale.get());
        if (animate && getScene() != null && shown.columns().size() == target.columns().size()) {
            from = shown;
            animationStart = System.nanoTime();
            animation.start();
        } else {
            animation.stop();
            shown = target;
            paint();
        }
    }

    /** The layout on screen (mid-animation: the in-between one). */
    public FigureLayout.Layout shownLayout() {
        return shown;
    }

    /** The layout the figure is moving to (or shows). */
    public FigureLayout.Layout targetLayout() {
        return target;
    }

    /** 1 normally, 2 (or more) for lecture mode. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        ScalingRule selected = vm.figureProperty().get().selected();
        double fs = shown.fontSize();
        for (FigureLayout.Column c : shown.columns()) {
            ScalingRule rule = c.network().rule();
            if (rule != null && rule == selected) {
                g.setStroke(RulePalette.fx(rule));
                g.setLineWidth(Math.max(1.5, fs / 7));
                g.strokeRoundRect(c.x() - fs * 0.3, 2, c.width() + fs * 0.6, h - 4, fs * 0.6, fs * 0.6);
            }
            FigureLayout.Square in = c.input();
            g.setFill(INPUT);
            g.fillRect(in.x(), in.y(), in.side(), in.side());
            g.setStroke(INPUT_EDGE);
            g.setLineWidth(1);
            g.strokeRect(in.x() + 0.5, in.y() + 0.5, Math.max(0, in.side() - 1), Math.max(0, in.side() - 1));
            for (FigureLayout.Bar b : c.bars()) {
                Color fill = b.kind() == FigureLayout.Kind.BLOCK ? STAGE_COLORS[b.stage() % STAGE_COLORS.length] : STEM;
                g.setGlobalAlpha(b.opacity());
                g.setFill(fill);
                g.fillRect(b.x(), b.y(), b.width(), b.height());
                if (b.height() >= 4) {
                    g.setStroke(fill.darker());
                    g.strokeRect(b.x() + 0.5, b.y() + 0.5, Math.max(0, b.width() - 1), b.height() - 1);
                }
            }
            g.setGlobalAlpha(1);
            Color accent = rule == null ? MUTED : RulePalette.fx(rule).darker();
            for (FigureLayout.Text t : c.texts()) {
                text(g, t, fs, accent);
            }
        }
    }

    /** A text in its role's font, shrunk until it fits its width. */
    private void text(GraphicsContext g, FigureLayout.Text t, double fs, Color accent) {
        double size = switch (t.role()) {
            case TITLE -> fs * 1.2;
            case CAPTION, LABEL -> fs;
            case FOOTER -> fs * 0.95;
        };
        boolean bold = t.role() == FigureLayout.Role.TITLE || t.emphasised();
        Font font = Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        measure.setFont(font);
        measure.setText(t.text());
        double width = measure.getLayoutBounds().getWidth();
        if (width > t.maxWidth() && width > 0) {
            font = Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL,
                    Math.max(size * 0.6, size * t.maxWidth() / width));
        }
        g.setFont(font);
        g.setFill(t.role() == FigureLayout.Role.TITLE ? accent : t.emphasised() ? accent : t.role()
                == FigureLayout.Role.FOOTER ? MUTED : TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(t.text(), t.x(), t.y(), Math.max(1, t.maxWidth()));
    }
}
