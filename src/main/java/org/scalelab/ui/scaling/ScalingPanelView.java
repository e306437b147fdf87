package org.scalelab.ui.scaling;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scalelab.domain.scaling.EfficientNetFamily;
import org.scalelab.domain.scaling.ScalingRule;

/** Binds the scaling panel's controls to a {@link ScalingPanelViewModel}; holds no logic of its own. */
public final class ScalingPanelView extends BorderPane {

    public ScalingPanelView(ScalingPanelViewModel vm) {
        setId("scalingPanel");
        getStyleClass().add("scaling-panel");
        getStylesheets().add(ScalingPanelView.class.getResource("scaling-panel.css").toExternalForm());

        GridPane coeffs = new GridPane();
        coeffs.setHgap(8);
        coeffs.setVgap(6);
        coeffs.addRow(0, new Label("α (depth)"), spinner("alphaSpinner", vm.alphaProperty()),
                new Label("β (width)"), spinner("betaSpinner", vm.betaProperty()),
                new Label("γ (resolution)"), spinner("gammaSpinner", vm.gammaProperty()));
        Label flopsBase = new Label();
        flopsBase.setId("flopsBaseLabel");
        flopsBase.textProperty().bind(vm.flopsBaseTextProperty());
        vm.flopsBaseWarningProperty().addListener((o, was, now) -> warn(flopsBase, now));
        warn(flopsBase, vm.flopsBaseWarningProperty().get());
        Label coeffError = new Label();
        coeffError.getStyleClass().add("panel-error");
        coeffError.textProperty().bind(vm.coefficientsErrorProperty());
        coeffError.visibleProperty().bind(vm.coefficientsErrorProperty().isNotEmpty());
        coeffError.managedProperty().bind(coeffError.visibleProperty());

        Slider phi = new Slider(0, vm.phiMaxProperty().get(), vm.phiProperty().get());
        phi.setId("phiSlider");
        phi.maxProperty().bind(vm.phiMaxProperty());
        phi.setShowTickLabels(true);
        phi.setShowTickMarks(true);
        phi.setMajorTickUnit(1);
        phi.setMinorTickCount(3);
        phi.setBlockIncrement(0.25);
        phi.valueProperty().addListener((o, was, now) -> {
            if (now.doubleValue() != vm.phiProperty().get()) {
                vm.phiProperty().set(now.doubleValue());
            }
        });
        vm.phiProperty().addListener((o, was, now) -> {
            if (now.doubleValue() != phi.getValue()) {
                phi.setValue(now.doubleValue());
            }
        });
        phi.setTooltip(new Tooltip("Drag, or focus and use the arrow keys (steps of 0.25)"));
        HBox.setHgrow(phi, Priority.ALWAYS);
        Label phiValue = new Label();
        phiValue.setId("phiValueLabel");
        phiValue.getStyleClass().add("phi-value");
        phiValue.textProperty().bind(vm.phiTextProperty());
        phiValue.setMinWidth(80);
        Label phiLabel = new Label("φ (compound coefficient)");
        HBox phiRow = new HBox(10, phiLabel, phi, phiValue);
        phiRow.setAlignment(Pos.TOP_LEFT);

        FlowPane rules = new FlowPane(12, 6);
        rules.getChildren().add(new Label("Rules shown:"));
        for (ScalingRule r : ScalingRule.values()) {
            CheckBox box = new CheckBox(r.label());
            box.setId("rule-" + r.id());
            box.selectedProperty().bindBidirectional(vm.shownProperty(r));
            rules.getChildren().add(box);
        }
        ComboBox<ScalingRule> selectedRule = new ComboBox<>();
        selectedRule.setId("ruleBox");
        selectedRule.getItems().setAll(ScalingRule.values());
        selectedRule.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ScalingRule r) {
                return r == null ? "" : r.label();
            }

            @Override
            public ScalingRule fromString(String s) {
                return null;
            }
        });
        selectedRule.valueProperty().bindBidirectional(vm.selectedRuleProperty());
        ComboBox<EfficientNetFamily> family = new ComboBox<>();
        family.setId("familyBox");
        family.getItems().setAll(ScalingPanelViewModel.FAMILY);
        family.setPromptText("EfficientNet B0–B7");
        family.valueProperty().bindBidirectional(vm.familyProperty());
        Button applyFamily = new Button("Apply");
        applyFamily.setId("applyFamilyButton");
        applyFamily.setTooltip(new Tooltip("Sets α 1.2, β 1.1, γ 1.15, the compound rule and the φ closest to the "
                + "chosen family member's published depth, width and resolution"));
        applyFamily.setOnAction(e -> vm.applyFamily(family.getValue()));
        applyFamily.disableProperty().bind(family.valueProperty().isNull());
        HBox ruleRow = new HBox(10, new Label("Selected rule"), selectedRule, new Label("   Family preset"), family,
                applyFamily);
        ruleRow.setAlignment(Pos.CENTER_LEFT);

        Label selected = new Label();
        selected.setId("selectedVariantLabel");
        selected.getStyleClass().add("selected-variant");
        selected.textProperty().bind(vm.selectedTextProperty());

        TableView<VariantRow> table = table(vm);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox box = new VBox(10, coeffs, flopsBase, coeffError, phiRow, rules, ruleRow, selected, table);
        setCenter(box);
        setPadding(new Insets(12));
    }

    private static void warn(Label label, boolean warn) {
        label.getStyleClass().removeAll("warning", "ok");
        label.getStyleClass().add(warn ? "warning" : "ok");
    }

    private static Spinner<Double> spinner(String id, javafx.beans.property.DoubleProperty value) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                1.0, 4.0, value.get(), 0.01);
        Spinner<Double> s = new Spinner<>(f);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(95);
        f.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != value.get()) {
                value.set(now);
            }
        });
        value.addListener((o, was, now) -> {
            if (f.getValue() == null || f.getValue() != now.doubleValue()) {
                f.setValue(now.doubleValue());
            }
        });
        return s;
    }

    private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current-variant");

    private static TableView<VariantRow> table(ScalingPanelViewModel vm) {
        TableView<VariantRow> table = new TableView<>(vm.rows());
        table.setId("variantTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No variants yet: choose at least one rule"));
        table.getColumns().add(column("Rule", VariantRow::rule, false));
        table.getColumns().add(column("φ", VariantRow::phi, true));
        table.getColumns().add(column("d", VariantRow::depth, true));
        table.getColumns().add(column("w", VariantRow::width, true));
        table.getColumns().add(column("r", VariantRow::resolution, true));
        table.getColumns().add(column("Input", VariantRow::size, true));
        table.getColumns().add(column("Params", VariantRow::params, true));
        table.getColumns().add(column("MACs", VariantRow::macs, true));
        table.getColumns().add(column("Activations", VariantRow::activations, true));
        table.getColumns().add(column("Train memory", VariantRow::memory, true));
        table.getColumns().get(0).setPrefWidth(130);
        table.setRowFactory(t -> {
            TableRow<VariantRow> row = new TableRow<>();
            // A pseudo-class per row instead of table.refresh(): refreshing rebuilt every cell at each φ step.
            javafx.beans.InvalidationListener mark = o -> row.pseudoClassStateChanged(CURRENT,
                    row.getItem() != null && row.getItem() == vm.selectedRowProperty().get());
            row.itemProperty().addListener(mark);
            vm.selectedRowProperty().addListener(new javafx.beans.WeakInvalidationListener(mark));
            row.getProperties().put(CURRENT, mark);
            // Only the user's clicks and keys select: the table's own selection also moves when rows are replaced.
            row.setOnMouseClicked(e -> vm.select(row.getItem()));
            return row;
        });
        table.setOnKeyReleased(e -> {
            switch (e.getCode()) {
                case UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, ENTER, SPACE ->
                        vm.select(table.getSelectionModel().getSelectedItem());
                default -> { }
            }
        });
        vm.selectedRowProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        return table;
    }

    private static TableColumn<VariantRow, String> column(String header, Function<VariantRow, String> value,
                                                          boolean number) {
        TableColumn<VariantRow, String> c = new TableColumn<>(header);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        if (number) {
            c.getStyleClass().add("number");
        }
        return c;
    }
}
