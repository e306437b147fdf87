package org.scalelab.ui.cost;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.cost.StageCost;

/** Binds the cost panel's controls to a {@link CostViewModel}; holds no logic of its own. */
public final class CostView extends BorderPane {

    public CostView(CostViewModel vm) {
        setId("costView");
        ComboBox<String> preset = new ComboBox<>();
        preset.setId("presetBox");
        preset.getItems().setAll(vm.presets());
        preset.valueProperty().bindBidirectional(vm.presetProperty());

        Slider phi = new Slider(0, 7, 0);
        phi.setId("phiSlider");
        phi.setShowTickLabels(true);
        phi.setShowTickMarks(true);
        phi.setMajorTickUnit(1);
        phi.setBlockIncrement(0.25);
        phi.valueProperty().bindBidirectional(vm.phiProperty());
        HBox.setHgrow(phi, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("summaryLabel");
        summary.getStyleClass().add("summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label multipliers = new Label();
        multipliers.setId("multipliersLabel");
        multipliers.textProperty().bind(vm.multipliersProperty());

        HBox controls = new HBox(12, new Label("Baseline"), preset, new Label("φ"), phi);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(8, controls, summary, multipliers);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);
        setCenter(table(vm));
        Label convention = new Label(NetworkCost.CONVENTION);
        convention.setWrapText(true);
        convention.getStyleClass().add("footnote");
        BorderPane.setMargin(convention, new Insets(8, 0, 0, 0));
        setBottom(convention);
        setPadding(new Insets(16));
    }

    private static TableView<StageCost> table(CostViewModel vm) {
        TableView<StageCost> table = new TableView<>(vm.rows());
        table.setId("stageTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Part", 90, false, StageCost::label));
        table.getColumns().add(column("Layout", 280, false, StageCost::notation));
        table.getColumns().add(column("Blocks", 60, true, s -> Integer.toString(s.blocks())));
        table.getColumns().add(column("Output", 110, true, s -> s.outChannels() + "×" + s.outResolution() + "×" + s.outResolution()));
        table.getColumns().add(column("Params", 110, true, s -> String.format(Locale.ROOT, "%,d", s.params())));
        table.getColumns().add(column("MACs (M)", 100, true, s -> String.format(Locale.ROOT, "%.2f", s.macs() / 1e6)));
        table.getColumns().add(column("Activations (k)", 110, true, s -> String.format(Locale.ROOT, "%.1f", s.activations() / 1e3)));
        return table;
    }

    private static TableColumn<StageCost, String> column(String title, double width, boolean numeric,
                                                         Function<StageCost, String> value) {
        TableColumn<StageCost, String> c = new TableColumn<>(title);
        if (numeric) {
            c.getStyleClass().add("numeric");
        }
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
