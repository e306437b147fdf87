package org.scalelab.ui.matched;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.scalelab.ui.charts.RulePalette;

/**
 * "Matched cost: [4.5M] MACs": each shown rule's accuracy at that cost with its interval, its gap to compound and
 * its hypervolume, one line per rule in the rule's colour; below, the lecture's limits (max MACs, params, training
 * memory). Binds to a {@link MatchedCostViewModel}.
 */
public final class MatchedCostView extends VBox {
    private final MatchedCostViewModel vm;
    private final GridPane table = new GridPane();

    public MatchedCostView(MatchedCostViewModel vm) {
        super(6);
        this.vm = vm;
        setId("matchedCostView");
        setPadding(new Insets(4, 0, 4, 0));

        Label title = new Label("Matched cost");
        title.getStyleClass().add("section-title");
        TextField cost = field("matchedCostField", 6, "MACs, e.g. 4.5M; or click the chart's MACs axis");
        cost.textProperty().bindBidirectional(vm.costTextProperty());
        cost.setOnAction(e -> vm.read());
        Button read = new Button("Read");
        read.setId("matchedCostButton");
        read.setMinWidth(Region.USE_PREF_SIZE);
        read.setOnAction(e -> vm.read());
        HBox ask = new HBox(8, cost, new Label("MACs"), read);
        ask.setAlignment(Pos.BASELINE_LEFT);

        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());

        table.setHgap(12);
        table.setVgap(3);
        table.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), new ColumnConstraints());
        vm.rows().addListener((javafx.collections.ListChangeListener<MatchedCostViewModel.Row>) c -> fill());
        fill();

        Label limitsTitle = new Label("Limits (accuracy subject to)");
        limitsTitle.getStyleClass().add("section-title");
        TextField macs = field("maxMacsField", 5, "MACs per image, e.g. 5M; empty for none");
        macs.textProperty().bindBidirectional(vm.maxMacsTextProperty());
        TextField params = field("maxParamsField", 5, "trainable parameters, e.g. 300k; empty for none");
        params.textProperty().bindBidirectional(vm.maxParamsTextProperty());
        TextField memory = field("maxMemoryField", 5,
                "training memory at the recipe's batch, e.g. 64MiB; empty for none");
        memory.textProperty().bindBidirectional(vm.maxMemoryTextProperty());
        for (TextField f : new TextField[] {macs, params, memory}) {
            f.setOnAction(e -> vm.applyLimits());
        }
        Button apply = new Button("Apply");
        apply.setId("applyLimitsButton");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.setOnAction(e -> vm.applyLimits());
        HBox limits = new HBox(6, new Label("MACs ≤"), macs, new Label("params ≤"), params, new Label("memory ≤"),
                memory, apply);
        limits.setAlignment(Pos.BASELINE_LEFT);

        Label error = new Label();
        error.getStyleClass().add("panel-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(title, ask, error, table, summary, limitsTitle, limits);
    }

    private static TextField field(String id, int columns, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private void fill() {
        table.getChildren().clear();
        String[] head = {"rule", "accuracy at this cost", "gap to compound", "hypervolume"};
        for (int c = 0; c < head.length; c++) {
            Label h = new Label(head[c]);
            h.getStyleClass().add("table-head");
            table.add(h, c, 0);
        }
        int row = 1;
        for (MatchedCostViewModel.Row r : vm.rows()) {
            Label rule = new Label(r.label(), new Circle(5, RulePalette.fx(r.rule())));
            rule.setMinWidth(Region.USE_PREF_SIZE);
            table.add(rule, 0, row);
            table.add(new Label(r.accuracy()), 1, row);
            table.add(new Label(r.gap()), 2, row);
            table.add(new Label(r.hypervolume()), 3, row);
            row++;
        }
    }
}
