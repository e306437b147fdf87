package org.scalelab.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.format.SearchText;
import org.scalelab.ui.WorkbenchView;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.project.RecentProjects;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workbench window, headless (Monocle): the search window opens from the Scaling menu, a bad input is
 * flagged in place, a tiny search runs against a backend that answers at once, and "Apply winner" sets the
 * workbench's coefficients.
 */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {
    private WorkbenchModel model;
    private AnsweringTraining backend;

    @Start
    void start(Stage stage) {
        DirectExecutor direct = new DirectExecutor();
        model = new WorkbenchModel(direct);
        backend = new AnsweringTraining(SearchViewModelTest::accuracy);
        WorkbenchView view = new WorkbenchView(model, direct, backend,
                new RecentProjects(Preferences.userRoot().node("scalelab-test-search-window")));
        Scene scene = new Scene(view, 1440, 900);
        scene.getStylesheets().add(WorkbenchView.class.getResource("scalelab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void opensFromTheMenuRunsATinySearchAndAppliesTheWinner(FxRobot robot) {
        robot.clickOn("Scaling");
        robot.clickOn("Find α, β, γ…");
        WaitForAsyncUtils.waitForFxEvents();
        Stage search = searchStage(robot);
        assertTrue(search.isShowing());
        assertEquals(search.getOwner(), robot.lookup("#workbench").query().getScene().getWindow());

        // A bad value is flagged beside its field, with the reason, and nothing can run.
        TextField alphaMin = robot.lookup("#field-alpha-min").queryAs(TextField.class);
        robot.interact(() -> alphaMin.setText("0.5"));
        assertTrue(alphaMin.getStyleClass().contains("invalid"));
        Label alphaError = robot.lookup("#error-alpha").queryAs(Label.class);
        assertTrue(alphaError.isVisible());
        assertTrue(alphaError.getText().contains("below 1"), alphaError.getText());
        Button run = robot.lookup("#runSearchButton").queryButton();
        assertTrue(run.isDisabled());

        // A tiny grid: α = 1.2, β in 1..1.2, γ in 1..1.3: three triples near α·β²·γ² = 2.
        Map<String, String> tiny = Map.of("#field-alpha-min", "1.2", "#field-alpha-max", "1.2", "#field-beta-max", "1.2",
                "#field-gamma-max", "1.3");
        tiny.forEach((id, text) -> robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text)));
        assertFalse(alphaMin.getStyleClass().contains("invalid"));
        assertFalse(alphaError.isVisible());
        String candidates = robot.lookup("#candidatesLabel").queryAs(Label.class).getText();
        assertTrue(candidates.startsWith("3 of 12 grid points meet"), candidates);
        TableView<?> table = robot.lookup("#candidatesTable").queryAs(TableView.class);
        int networks = table.getItems().size();
        assertTrue(networks >= 2 && networks <= 3, "networks: " + networks);
        assertFalse(run.isDisabled());

        robot.clickOn(run);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(networks, table.getItems().size());
        SearchRow top = (SearchRow) table.getItems().get(0);
        assertEquals(1, top.rankProperty().get());
        assertTrue(top.winnerProperty().get());
        Label winner = robot.lookup("#winnerLabel").queryAs(Label.class);
        assertTrue(winner.isVisible());
        assertTrue(winner.getText().startsWith("Winner: " + SearchText.triple(top.coefficients())), winner.getText());
        assertEquals(backend.submitted.size(), backend.trained.size());
        assertTrue(backend.submitted.size() >= networks);

        Button apply = robot.lookup("#applyWinnerButton").queryButton();
        assertFalse(apply.isDisabled());
        CompoundCoefficients before = model.coefficientsProperty().get();
        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(top.coefficients(), model.coefficientsProperty().get());
        assertFalse(before.equals(model.coefficientsProperty().get()));
        // The workbench's scaling panel follows.
        robot.interact(search::hide);
        String flops = robot.lookup("#flopsBaseLabel").queryAs(Label.class).getText();
        assertTrue(flops.startsWith(String.format(java.util.Locale.ROOT, "α·β²·γ² = %.3f",
                top.coefficients().flopsBase())), flops);
    }

    private static Stage searchStage(FxRobot robot) {
        List<Window> windows = robot.listWindows();
        return windows.stream().filter(w -> w instanceof Stage s && SearchWindow.TITLE.equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElseThrow(() -> new AssertionError("no search window among "
                        + windows));
    }
}
