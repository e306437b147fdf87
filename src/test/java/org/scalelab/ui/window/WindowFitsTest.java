package org.scalelab.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scalelab.ui.TestWindows;
import org.scalelab.ui.WholeWindowTest;
import org.testfx.api.FxRobot;

/**
 * The window at the laptop and projector sizes the issue names, filled with the demo project: at 1366×768 and
 * above no labelled control, button, tab or table cell is cut short and no tool bar hides items in an overflow.
 */
class WindowFitsTest extends WholeWindowTest {


    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1366, 768, workbench", "1440, 900, workbench", "1920, 1080, workbench",
        "1366, 768, lecture", "1440, 900, lecture", "1920, 1080, lecture"})
    void nothingIsCutShort(int width, int height, String mode, FxRobot robot) {
        open(robot, width, height);
        if (mode.equals("lecture")) {
            robot.interact(() -> {
                view.lecture().enable(stage, false);
                // The comparison of the rules adds the most text.
                view.lecture().toggleCompare();
            });
            TestWindows.settle(robot, scene);
        }
        List<String> problems = new ArrayList<>(TestWindows.onFx(() -> Truncations.find(scene.getRoot())));
        // Every tab's content too, one tab at a time.
        for (TabPane tabs : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                TestWindows.settle(robot, scene);
                for (String p : TestWindows.onFx(() -> Truncations.find(scene.getRoot()))) {
                    if (!problems.contains(p)) {
                        problems.add(p + " (tab " + tab.getText() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "at " + width + "×" + height + " " + mode);
    }

    @org.junit.jupiter.api.Test
    void theFinderSeesACutLabel(FxRobot robot) {
        javafx.scene.control.Label l = new javafx.scene.control.Label("a label that is far too long for its width");
        l.setMaxWidth(60);
        Scene scene = TestWindows.onFx(() -> {
            Scene s = new Scene(new javafx.scene.layout.VBox(l), 200, 100);
            stage.setScene(s);
            return s;
        });
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        List<String> problems = TestWindows.onFx(() -> Truncations.find(scene.getRoot()));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("far too long"), problems.get(0));
    }
}
