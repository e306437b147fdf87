package org.scalelab.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the scaling panel headless: arrow keys on φ, row selection. */
@ExtendWith(ApplicationExtension.class)
class ScalingPanelViewTest {
    private WorkbenchModel model;

    @Start
    void start(Stage stage) {
        model = new WorkbenchModel(new DirectExecutor());
        ScalingPanelViewModel vm = new ScalingPanelViewModel(model);
        javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(new ScalingPanelView(vm), new VariantTableView(vm));
        stage.setScene(new Scene(both, 1300, 620));
        stage.show();
    }

    @Test
    void arrowKeysOnPhiSliderChangeModelPhi(FxRobot robot) {
        Slider phi = robot.lookup("#phiSlider").queryAs(Slider.class);
        robot.interact(phi::requestFocus);
        // The keys walk the grid (steps of 0.5 here): every stop is a row of the table.
        robot.type(KeyCode.RIGHT, 2);
        assertEquals(2.0, model.phiProperty().get(), 1e-9);
        assertEquals(phi, phi.getScene().getFocusOwner());
        robot.type(KeyCode.LEFT, 3);
        assertEquals(0.5, model.phiProperty().get(), 1e-9);
    }

    @Test
    void phiValueIsShown(FxRobot robot) {
        Slider phi = robot.lookup("#phiSlider").queryAs(Slider.class);
        robot.interact(phi::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertEquals("φ = 1.50", robot.lookup("#phiValueLabel").queryAs(Label.class).getText());
    }

    @Test
    void clickingRowSelectsVariant(FxRobot robot) {
        TableRow<?> row = robot.lookup(".table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() instanceof VariantRow v
                        && v.variant().rule() == ScalingRule.COMPOUND && v.variant().phi() == 2.0)
                .findFirst().orElseThrow();
        robot.clickOn(row);
        assertEquals(ScalingRule.COMPOUND, model.selectedRuleProperty().get());
        assertEquals(2.0, model.phiProperty().get(), 1e-9);
    }

    @Test
    void modelSelectionHighlightsRow(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<VariantRow> table = robot.lookup("#variantTable").queryAs(TableView.class);
        robot.interact(() -> model.phiProperty().set(2.5));
        assertEquals(2.5, table.getSelectionModel().getSelectedItem().variant().phi(), 1e-9);
    }

    @Test
    void flopsBaseWarningShows(FxRobot robot) {
        Label label = robot.lookup("#flopsBaseLabel").queryAs(Label.class);
        robot.interact(() -> model.coefficientsProperty().set(new org.scalelab.domain.scaling.CompoundCoefficients(1.6, 1.1, 1.15)));
        assertTrue(label.getStyleClass().contains("warning"), label.getStyleClass().toString());
    }
}
