package org.scalelab.ui.scaling;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "MACs budget: [2.0] × baseline [Solve]": the solved φ, each matched variant's MACs and error against the budget
 * and its accuracy once trained, and "Train these". Binds to a {@link BudgetViewModel}; part of the scaling panel.
 */
public final class BudgetView extends VBox {
    private final BudgetViewModel vm;
    private final GridPane table = new GridPane();

    public BudgetView(BudgetViewModel vm) {
        super(6);
        this.vm = vm;
        setId("budgetView");
        getStyleClass().add("budget-view");

        Label title = new Label("MACs budget");
        title.getStyleClass().add("section-title");
        TextField multiplier = new TextField();
        multiplier.setId("budgetField");
        multiplier.setPrefColumnCount(4);
        multiplier.textProperty().bindBidirectional(vm.multiplierTextProperty());
        multiplier.setOnAction(e -> vm.solve());
        Label times = new Label("× baseline");
        times.setMinWidth(Region.USE_PREF_SIZE);
        Button solve = new Button("Solve");
        solve.setId("solveBudgetButton");
        solve.setTooltip(new Tooltip("Find the φ whose compound variant spends this many MACs, and the width-, depth- "
                + "and resolution-only variants that spend the same; they join the grid and the charts"));
        solve.setOnAction(e -> vm.solve());
        solve.setMinWidth(Region.USE_PREF_SIZE);
        Button clear = new Button("Clear");
        clear.setId("clearBudgetButton");
        clear.setOnAction(e -> vm.clear());
        clear.disableProperty().bind(vm.summaryProperty().isEmpty());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox ask = new HBox(8, multiplier, times, solve, clear);
        ask.setAlignment(Pos.BASELINE_LEFT);

        Label error = new Label();
        error.getStyleClass().add("panel-error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);

        Label summary = new Label();
        summary.setId("budgetSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(vm.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        summary.setWrapText(true);

        table.setId("budgetTable");
        table.setHgap(10);
        table.setVgap(3);
        table.getStyleClass().add("budget-table");
        vm.rows().addListener((ListChangeListener<BudgetViewModel.BudgetRow>) c -> rebuild());
        rebuild();

        Button train = new Button("Train these");
        train.setId("trainBudgetButton");
        train.setTooltip(new Tooltip("Queue these variants (every seed) for a comparison at equal MACs"));
        train.disableProperty().bind(vm.canTrainProperty().not());
        train.setOnAction(e -> vm.trainThese());
        train.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox actions = new HBox(8, train, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.visibleProperty().bind(vm.summaryProperty().isNotEmpty());
        actions.managedProperty().bind(actions.visibleProperty());

        getChildren().addAll(title, ask, error, summary, table, actions);
    }

    private void rebuild() {
        table.getChildren().clear();
        if (vm.rows().isEmpty()) {
            table.setVisible(false);
            table.setManaged(false);
            return;
        }
        table.setVisible(true);
        table.setManaged(true);
        String[] header = {"Rule", "MACs", "vs budget", "Accuracy"};
        for (int c = 0; c < header.length; c++) {
            Label h = new Label(header[c]);
            h.getStyleClass().add("budget-header");
            table.add(h, c, 0);
        }
        int r = 1;
        for (BudgetViewModel.BudgetRow row : vm.rows()) {
            Hyperlink rule = new Hyperlink(row.rule());
            rule.setTooltip(new Tooltip(row.parameter() + " · " + row.params() + " params: click to select it"));
            rule.setOnAction(e -> vm.select(row));
            rule.setPadding(javafx.geometry.Insets.EMPTY);
            table.add(rule, 0, r);
            table.add(new Label(row.macs()), 1, r);
            table.add(new Label(row.error()), 2, r);
            Label accuracy = new Label(row.accuracy());
            accuracy.setTooltip(new Tooltip("Test accuracy over the finished seeds: mean ± standard deviation (n)"));
            table.add(accuracy, 3, r);
            r++;
        }
    }
}
