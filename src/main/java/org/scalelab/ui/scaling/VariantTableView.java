package org.scalelab.ui.scaling;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/**
 * The variants of every shown rule on the φ grid, with their cost; the current rule's variant at φ is bold, and
 * choosing a row (click or arrow keys) selects that variant everywhere. Shares {@link ScalingPanelViewModel}
 * with the scaling panel; placed full width under the charts so that every column can be read.
 */
public final class VariantTableView extends BorderPane {

    public VariantTableView(ScalingPanelViewModel vm) {
        setId("variantTableView");
        getStyleClass().add("scaling-panel");
        getStylesheets().add(VariantTableView.class.getResource("scaling-panel.css").toExternalForm());
        setCenter(table(vm));
    }

    private static final javafx.css.PseudoClass CURRENT = javafx.css.PseudoClass.getPseudoClass("current-variant");

    private static TableView<VariantRow> table(ScalingPanelViewModel vm) {
        TableView<VariantRow> table = new TableView<>(vm.rows());
        table.setId("variantTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No variants yet: choose at least one rule"));
        table.getColumns().add(column("Rule", "The scaling rule", VariantRow::rule, false));
        table.getColumns().add(column("φ", "The compound coefficient φ of the grid point", VariantRow::phi, true));
        table.getColumns().add(column("d", "Depth multiplier: blocks per stage grow by d (rounded up)", VariantRow::depth, true));
        table.getColumns().add(column("w", "Width multiplier: channels grow by w (rounded to multiples of 8)", VariantRow::width, true));
        table.getColumns().add(column("r", "Resolution multiplier: the input side grows by r", VariantRow::resolution, true));
        table.getColumns().add(column("Input", "Input image size in pixels", VariantRow::size, true));
        table.getColumns().add(column("Params", "Trainable parameters", VariantRow::params, true));
        table.getColumns().add(column("MACs", "Multiply-adds per image: the paper's FLOPs", VariantRow::macs, true));
        table.getColumns().add(column("Activations", "Conv and FC output elements per image", VariantRow::activations, true));
        table.getColumns().add(column("Train memory", "Rough float32 memory of one training step at the recipe's batch size: weights, gradients, Adam state and layer outputs", VariantRow::memory, true));
        table.getColumns().add(column("Accuracy", "Test accuracy on local data over the finished seeds: mean ± sample "
                + "standard deviation in points, and how many seeds (n); – when not trained yet", VariantRow::accuracy, true));
        // Columns never shrink below their content: a narrow window scrolls the table sideways instead of
        // cutting numbers short. The floors fit the headers; the values (accuracy over seeds, "(upsampled)")
        // can be wider, so each column grows to its widest value whenever the rows change.
        double[] widths = {96, 46, 46, 46, 46, 56, 72, 68, 92, 108, 104};
        Runnable fit = () -> {
            for (int i = 0; i < widths.length; i++) {
                TableColumn<VariantRow, ?> c = table.getColumns().get(i);
                double w = Math.max(widths[i], ColumnFit.widest(vm.rows(), row -> String.valueOf(c.getCellData(row))));
                c.setMinWidth(w);
                c.setPrefWidth(w);
            }
        };
        fit.run();
        vm.rows().addListener((javafx.collections.ListChangeListener<VariantRow>) c -> fit.run());
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

    private static TableColumn<VariantRow, String> column(String header, String tip, Function<VariantRow, String> value,
                                                          boolean number) {
        TableColumn<VariantRow, String> c = new TableColumn<>();
        Label label = new Label(header);
        label.setTooltip(new Tooltip(tip));
        c.setGraphic(label);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        if (number) {
            c.getStyleClass().add("number");
        }
        return c;
    }
}
