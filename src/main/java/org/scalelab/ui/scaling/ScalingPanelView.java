package org.scalelab.ui.scaling;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scalelab.domain.scaling.EfficientNetFamily;
import org.scalelab.domain.scaling.ScalingRule;

/**
 * Binds the scaling panel's controls to a {@link ScalingPanelViewModel} (and, below them, the MACs budget's
 * {@link BudgetView} when given one); holds no logic of its own.
 */
public final class ScalingPanelView extends BorderPane {

    public ScalingPanelView(ScalingPanelViewModel vm) {
        this(vm, null);
    }

    /** @param budget the MACs budget section, or null for none */
    public ScalingPanelView(ScalingPanelViewModel vm, BudgetView budget) {
        setId("scalingPanel");
        getStyleClass().add("scaling-panel");
        getStylesheets().add(ScalingPanelView.class.getResource("scaling-panel.css").toExternalForm());

        GridPane coeffs = new GridPane();
        coeffs.setHgap(10);
        coeffs.setVgap(6);
        coeffs.addRow(0, new Label("α  depth"), spinner("alphaSpinner", vm.alphaProperty()));
        coeffs.addRow(1, new Label("β  width"), spinner("betaSpinner", vm.betaProperty()));
        coeffs.addRow(2, new Label("γ  resolution"), spinner("gammaSpinner", vm.gammaProperty()));
        Label flopsBase = new Label();
        flopsBase.setId("flopsBaseLabel");
        flopsBase.textProperty().bind(vm.flopsBaseTextProperty());
        flopsBase.setWrapText(true);
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
        // φ stops on the grid (so a table row is always current); Shift frees it: arrow keys then step 0.05 and
        // dragging keeps the value under the mouse.
        boolean[] free = {false};
        phi.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int dir = switch (e.getCode()) {
                case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
                case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
                default -> 0;
            };
            if (dir != 0) {
                vm.stepPhi(dir, e.isShiftDown());
                e.consume();
            }
        });
        phi.addEventFilter(MouseEvent.ANY, e -> free[0] = e.isShiftDown());
        phi.valueProperty().addListener((o, was, now) -> {
            if (now.doubleValue() != vm.phiProperty().get()) {
                double set = vm.slidePhi(now.doubleValue(), free[0]);
                if (!phi.isValueChanging() && set != phi.getValue()) {
                    phi.setValue(set);
                }
            }
        });
        // While dragging the thumb stays under the mouse; on release it settles on the grid value taken.
        phi.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing && phi.getValue() != vm.phiProperty().get()) {
                phi.setValue(vm.phiProperty().get());
            }
        });
        vm.phiProperty().addListener((o, was, now) -> {
            if (now.doubleValue() != phi.getValue() && !phi.isValueChanging()) {
                phi.setValue(now.doubleValue());
            }
        });
        phi.setTooltip(new Tooltip("Drag, or focus and use the arrow keys: φ stops at the grid's values (the table's "
                + "rows). Hold Shift for values in between (arrow keys then step 0.05)."));
        HBox.setHgrow(phi, Priority.ALWAYS);
        Label phiValue = new Label();
        phiValue.setId("phiValueLabel");
        phiValue.getStyleClass().add("phi-value");
        phiValue.textProperty().bind(vm.phiTextProperty());
        phiValue.setMinWidth(Region.USE_PREF_SIZE);
        Label phiLabel = new Label("φ, the compound coefficient");
        Region phiGap = new Region();
        HBox.setHgrow(phiGap, Priority.ALWAYS);
        HBox phiTitle = new HBox(10, phiLabel, phiGap, phiValue);
        phiTitle.setAlignment(Pos.BASELINE_LEFT);
        VBox phiRow = new VBox(4, phiTitle, phi);

        VBox rules = new VBox(5);
        rules.getChildren().add(new Label("Rules shown"));
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
        family.setPromptText("B0–B7");
        family.valueProperty().bindBidirectional(vm.familyProperty());
        Button applyFamily = new Button("Apply");
        applyFamily.setId("applyFamilyButton");
        applyFamily.setTooltip(new Tooltip("Sets α 1.2, β 1.1, γ 1.15, the compound rule and the φ closest to the "
                + "chosen family member's published depth, width and resolution"));
        applyFamily.setOnAction(e -> vm.applyFamily(family.getValue()));
        applyFamily.disableProperty().bind(family.valueProperty().isNull());
        selectedRule.setMaxWidth(Double.MAX_VALUE);
        family.setMaxWidth(Double.MAX_VALUE);
        GridPane ruleRow = new GridPane();
        ruleRow.setHgap(10);
        ruleRow.setVgap(6);
        ruleRow.addRow(0, new Label("Rule"), selectedRule);
        ruleRow.addRow(1, new Label("Family"), family, applyFamily);
        applyFamily.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setColumnSpan(selectedRule, 2);
        GridPane.setHgrow(family, Priority.ALWAYS);

        Label selected = new Label();
        selected.setId("selectedVariantLabel");
        selected.getStyleClass().add("selected-variant");
        selected.textProperty().bind(vm.selectedTextProperty());
        selected.setWrapText(true);

        VBox box = new VBox(12, coeffs, flopsBase, coeffError, phiRow, rules, ruleRow, selected);
        if (budget != null) {
            box.getChildren().add(budget);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
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
}
