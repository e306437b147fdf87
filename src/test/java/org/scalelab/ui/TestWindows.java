package org.scalelab.ui;

import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.lecture.DemoProject;
import org.scalelab.ui.project.RecentProjects;
import org.scalelab.ui.training.FakeTraining;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window for tests: the workbench on the demo project with a fake backend, at a given size. */
public final class TestWindows {
    private TestWindows() {
    }

    /** Shows a fresh window of {@code width × height} on the stage, demo installed, laid out. */
    public static Scene show(FxRobot robot, Stage stage, double width, double height) {
        Scene scene = onFx(() -> {
            WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
            FakeTraining backend = new FakeTraining();
            WorkbenchView view = new WorkbenchView(model, new DirectExecutor(), backend,
                    new RecentProjects(Preferences.userRoot().node("scalelab-test-window")));
            view.getProperties().put(FakeTraining.class, backend);
            DemoProject.read(DemoProject.DEFAULT_FOLDER).install(model);
            Scene s = new Scene(view, width, height);
            s.getStylesheets().add(ScaleLabApp.class.getResource("scalelab.css").toExternalForm());
            stage.setScene(s);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            return s;
        });
        settle(robot, scene);
        return scene;
    }

    /** Brings one of the tabs under the charts to the front. */
    public static void showTab(FxRobot robot, String id) {
        javafx.scene.control.TabPane tabs = robot.lookup("#workbenchTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** The fake backend a window from {@link #show} trains on. */
    public static FakeTraining backendOf(WorkbenchView view) {
        return (FakeTraining) view.getProperties().get(FakeTraining.class);
    }

    /** Runs on the FX thread and returns what it gives (exceptions fail the test). */
    public static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    /** A few pulses: split panes place their dividers and tables fill their cells over more than one layout. */
    public static void settle(FxRobot robot, Scene scene) {
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
