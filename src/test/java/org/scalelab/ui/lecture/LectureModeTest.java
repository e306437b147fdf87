package org.scalelab.ui.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

class LectureModeTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
    private final LectureMode lecture = new LectureMode(model, width -> new javafx.scene.layout.Pane(),
            new javafx.beans.property.SimpleBooleanProperty());

    @Test
    void rightArrowStepsPhiToTheNextGridValue() {
        model.phiProperty().set(1);
        lecture.step(KeyCode.RIGHT);
        assertEquals(1 + model.phiStepProperty().get(), model.phiProperty().get());
    }

    @Test
    void leftArrowStepsDownOntoTheGrid() {
        model.phiProperty().set(1.1);
        lecture.step(KeyCode.LEFT);
        assertEquals(1.0, model.phiProperty().get());
    }

    @Test
    void shiftStepsFreely() {
        model.phiProperty().set(1);
        lecture.step(KeyCode.RIGHT, true);
        assertEquals(1.05, model.phiProperty().get(), 1e-12);
    }

    @Test
    void phiStaysWithinZeroAndMax() {
        model.phiProperty().set(0);
        lecture.step(KeyCode.DOWN);
        assertEquals(0, model.phiProperty().get());
        model.phiProperty().set(model.phiMaxProperty().get());
        lecture.step(KeyCode.UP);
        assertEquals(model.phiMaxProperty().get(), model.phiProperty().get());
    }

    @Test
    void otherKeysAreLeftAlone() {
        assertFalse(lecture.step(KeyCode.A));
    }
}
