package org.scalelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalelab.training.RunRequest;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The recipe panel in the window: a refused value says why and applies nothing; an applied recipe trains. */
class RecipePanelWindowTest extends WholeWindowTest {


    @BeforeEach
    void window(FxRobot robot) {
        open(robot, 1440, 900);
        TabPane left = robot.lookup("#leftTabs").queryAs(TabPane.class);
        robot.interact(() -> left.getSelectionModel().select(1));
    }

    private void type(FxRobot robot, String field, String text) {
        TextField f = robot.lookup(field).queryAs(TextField.class);
        robot.doubleClickOn(f);
        robot.interact(() -> f.selectAll());
        robot.write(text);
    }

    @Test
    void aRefusedValueSaysWhyAndAppliesNothing(FxRobot robot) {
        var before = view.model().recipeProperty().get();
        type(robot, "#epochsField", "0");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#epochsFieldError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("epochs: 0 must lie in 1..1000", error.getText());
        assertTrue(robot.lookup("#epochsField").queryAs(TextField.class).getStyleClass().contains("invalid"));
        Button apply = robot.lookup("#applyRecipeButton").queryButton();
        assertTrue(apply.isDisabled());
        robot.type(KeyCode.ENTER);
        assertEquals(before, view.model().recipeProperty().get());
    }

    @Test
    void anAppliedRecipeIsWhatTheNextRunTrainsWithAndTheTitleSaysSo(FxRobot robot) {
        var selected = view.model().selectedProperty().get();
        String keyBefore = view.model().requestFor(selected).key();
        type(robot, "#epochsField", "5");
        type(robot, "#trainSizeField", "3000");
        Button apply = robot.lookup("#applyRecipeButton").queryButton();
        assertFalse(apply.isDisabled());
        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, view.model().recipeProperty().get().epochs());
        assertEquals(3000, view.model().recipeProperty().get().trainSize());
        assertTrue(view.titleProperty().get().contains("5 epochs · 3000 images"), view.titleProperty().get());

        TestWindows.showTab(robot, "jobsTab");
        robot.clickOn("#trainSelectedButton");
        WaitForAsyncUtils.waitForFxEvents();
        RunRequest q = backend.submitted.get(0);
        assertEquals(5, q.recipe().epochs());
        assertEquals(3000, q.recipe().trainSize());
        assertNotEquals(keyBefore, q.key(), "another recipe is another run");
        assertEquals(view.model().requestFor(view.model().selectedProperty().get()).key(), q.key());
    }
}
