package org.scalelab.ui.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.scalelab.ui.TestWindows;
import org.scalelab.ui.WholeWindowTest;
import org.testfx.api.FxRobot;

/**
 * At 1024×700 the charts keep their room (the left panel folds to a strip) and every control is still within
 * reach: unfolding the strip shows the editor and the recipe, the tabs show the jobs' buttons.
 */
class SmallWindowTest extends WholeWindowTest {


    @Test
    void everythingIsReachableAt1024x700(FxRobot robot) {
        open(robot, 1024, 700);
        assertTrue(view.arrangement().left().collapsedProperty().get(), "the left panel gives its width to the charts");
        Node charts = scene.lookup("#macsChart");
        assertTrue(charts.getBoundsInLocal().getWidth() > 500 && charts.getBoundsInLocal().getHeight() > 200,
                charts.getBoundsInLocal().toString());
        for (String id : new String[] {"#phiSlider", "#savePngButton", "#logAxisToggle", "#ruleBox"}) {
            assertOnScreen(scene, id);
        }
        TestWindows.showTab(robot, "jobsTab");
        TestWindows.settle(robot, scene);
        for (String id : new String[] {"#trainSelectedButton", "#trainSweepButton", "#cancelAllButton"}) {
            assertOnScreen(scene, id);
        }
        robot.clickOn("#baselinePanelUnfold");
        TestWindows.settle(robot, scene);
        assertFalse(view.arrangement().left().collapsedProperty().get());
        for (String id : new String[] {"#presetBox", "#notationField", "#addStageButton"}) {
            assertOnScreen(scene, id);
        }
        TabPane left = (TabPane) scene.lookup("#leftTabs");
        robot.interact(() -> left.getSelectionModel().select(1));
        TestWindows.settle(robot, scene);
        for (String id : new String[] {"#epochsField", "#applyRecipeButton"}) {
            assertOnScreen(scene, id);
        }
    }

    private static void assertOnScreen(Scene scene, String id) {
        Node n = scene.lookup(id);
        assertTrue(n != null && n.isVisible(), id + " is not shown");
        for (Node p = n; p != null; p = p.getParent()) {
            assertTrue(p.isVisible(), id + " sits in a hidden " + p);
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= scene.getWidth() + 0.5
                && b.getMaxY() <= scene.getHeight() + 0.5, id + " lies outside the window: " + b);
    }
}
