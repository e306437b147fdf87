package org.scalelab.ui.lecture;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.scalelab.ui.workbench.PhiGrid;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Lecture mode for a live demo: full screen, a large-font high-contrast stylesheet, and the arrow keys stepping φ
 * along the grid anywhere in the window (except while typing in a text field). {@link #toggle(Stage)} switches it
 * on and off for the stage's scene; Escape leaves full screen as usual.
 */
public final class LectureMode {
    private static final String STYLESHEET = LectureMode.class.getResource("lecture.css").toExternalForm();

    private final WorkbenchModel model;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final EventHandler<KeyEvent> keys = this::onKey;
    private Scene scene;

    public LectureMode(WorkbenchModel model) {
        this.model = model;
    }

    public static String stylesheet() {
        return STYLESHEET;
    }

    public void toggle(Stage stage) {
        if (active.get()) {
            disable(stage);
        } else {
            enable(stage);
        }
    }

    public void enable(Stage stage) {
        if (active.get()) {
            return;
        }
        scene = stage.getScene();
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.getRoot().getStyleClass().add("lecture");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        stage.setFullScreenExitHint("Lecture mode: ← → step φ along the grid · Esc leaves full screen");
        stage.setFullScreen(true);
        active.set(true);
    }

    public void disable(Stage stage) {
        if (!active.get()) {
            return;
        }
        scene.getStylesheets().remove(STYLESHEET);
        scene.getRoot().getStyleClass().remove("lecture");
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        stage.setFullScreen(false);
        scene = null;
        active.set(false);
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (step(e.getCode(), e.isShiftDown())) {
            e.consume();
        }
    }

    /**
     * Steps φ for an arrow key: right/up to the next grid value, left/down to the previous one (with {@code free},
     * by {@value PhiGrid#FREE_STEP} instead). Returns whether the key was an arrow key.
     */
    public boolean step(KeyCode code) {
        return step(code, false);
    }

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
