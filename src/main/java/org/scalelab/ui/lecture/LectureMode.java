package org.scalelab.ui.lecture;

import java.util.function.DoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.scalelab.ui.workbench.PhiGrid;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Lecture mode for a live demo: the window shows {@link LectureView} instead of the workbench (full screen unless
 * asked otherwise), and keys work anywhere in it: ← → step φ along the grid (Shift: values in between), C compares
 * the rules at the current cost, Esc and F11 go back. Going back puts the very same workbench back, so its layout
 * (folded panels, dividers, selected tabs) is exactly as it was. The lecture view is built on first use.
 */
public final class LectureMode {
    private final WorkbenchModel model;
    private final DoubleFunction<Parent> lectureView;
    private final BooleanProperty compare;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final ChangeListener<Boolean> fullScreenLeft = (o, was, now) -> {
        if (!now) {
            leave();
        }
    };
    private Parent view;
    private Parent workbench;
    private Stage stage;

    /**
     * @param lectureView builds the lecture layout for a screen of the given width (once, when lecture mode is first
     *                    entered)
     * @param compare     whether the readout compares the rules at the current cost (the C key)
     */
    public LectureMode(WorkbenchModel model, DoubleFunction<Parent> lectureView, BooleanProperty compare) {
        this.model = model;
        this.lectureView = lectureView;
        this.compare = compare;
    }

    public void toggle(Stage stage) {
        if (active.get()) {
            disable(stage);
        } else {
            enable(stage);
        }
    }

    /** Full screen lecture mode. */
    public void enable(Stage stage) {
        enable(stage, true);
    }

    /** @param fullScreen false keeps the window as it is (for snapshots and tests) */
    public void enable(Stage stage, boolean fullScreen) {
        if (active.get()) {
            return;
        }
        this.stage = stage;
        Scene scene = stage.getScene();
        if (view == null) {
            double width = fullScreen ? javafx.stage.Screen.getScreensForRectangle(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary())
                    .getBounds().getWidth() : scene.getWidth();
            view = lectureView.apply(width);
        }
        workbench = scene.getRoot();
        scene.setRoot(view);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        active.set(true);
        if (fullScreen) {
            // The keys are written in the lecture view's corner; JavaFX's own toast would cover the data.
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            stage.fullScreenProperty().addListener(fullScreenLeft);
        }
    }

    public void disable(Stage stage) {
        if (active.get() && this.stage == stage) {
            leave();
        }
    }

    private void leave() {
        if (!active.get()) {
            return;
        }
        stage.fullScreenProperty().removeListener(fullScreenLeft);
        Scene scene = stage.getScene();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (stage.isFullScreen()) {
            stage.setFullScreen(false);
        }
        scene.setRoot(workbench);
        workbench = null;
        active.set(false);
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11) {
            leave();
            e.consume();
        } else if (e.getCode() == KeyCode.C) {
            toggleCompare();
            e.consume();
        } else if (step(e.getCode(), e.isShiftDown())) {
            e.consume();
        }
    }

    /** Compares the rules at the current cost, or stops comparing (the C key). */
    public void toggleCompare() {
        compare.set(!compare.get());
    }

    /** Steps φ for an arrow key to the next grid value; see {@link #step(KeyCode, boolean)}. */
    public boolean step(KeyCode code) {
        return step(code, false);
    }

    /**
     * Steps φ for an arrow key: right/up to the next grid value, left/down to the previous one (with {@code free},
     * by {@value PhiGrid#FREE_STEP} instead). Returns whether the key was an arrow key.
     */
    public boolean step(KeyCode code, boolean free) {
        int dir = switch (code) {
            case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
            default -> 0;
        };
        if (dir == 0) {
            return false;
        }
        double phi = model.phiProperty().get();
        model.phiProperty().set(free ? PhiGrid.freeStep(phi, dir, model.phiMaxProperty().get())
                : PhiGrid.step(model.gridPhis(), phi, dir));
        return true;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}
