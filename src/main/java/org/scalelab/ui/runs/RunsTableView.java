package org.scalelab.ui.runs;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Every run the workbench knows, one row each, sortable by any column (click a header) and updated as runs finish;
 * choose runs and press Show curves (or double-click one) to overlay their training curves.
 */
public final class RunsTableView extends BorderPane {

    /** @param showCurves called after runs were put on the curves view, to bring it to the front */
    public RunsTableView(RunsTableViewModel vm, RunCurvesViewModel curves, Runnable showCurves) {
        setId("runsView");
        TableView<RunRow> table = new TableView<>();
        table.setId("runsTable");
        SortedList<RunRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No runs yet for this data: train a variant and its run appears here."));
        TableColumn<RunRow, RunRow> id = column("Run", "The run's id (its first 8 hex digits; the whole id in the "
                + "tooltip, as `scalelab runs show` takes it)", RunRow::shortId, null, 90);
        table.getColumns().add(id);
        table.getColumns().add(column("Rule", "The scaling rule the run's variant stands for", RunRow::rule,
                null, 100));
        table.getColumns().add(column("φ", "The compound coefficient φ of its grid point", RunRow::phiText,
                Comparator.comparingDouble(RunRow::phi), 56));
        table.getColumns().add(column("Network", "Baseline, input size and blocks of the trained network",
                RunRow::network, null, 240));
        table.getColumns().add(column("Recipe", "Epochs, batch, learning rate, seed and training images",
                RunRow::recipe, null, 330));
        TableColumn<RunRow, RunRow> device = column("Device", "What trained it (the whole description in the tooltip)",
                r -> r.record().result() == null ? "" : r.record().result().deviceKind().name(),
                null, 76);
        table.getColumns().add(device);
        TableColumn<RunRow, RunRow> accuracy = column("Accuracy", "Test accuracy on the local test images",
                RunRow::accuracyText, Comparator.comparingDouble(r -> Double.isNaN(r.accuracy()) ? -1 : r.accuracy()),
                90);
        table.getColumns().add(accuracy);
        table.getColumns().add(column("Time", "Training time", RunRow::secondsText,
                Comparator.comparingDouble(r -> Double.isNaN(r.seconds()) ? -1 : r.seconds()), 100));
        TableColumn<RunRow, RunRow> finished = column("Finished", "When the run was stored", RunRow::finishedText,
                Comparator.comparingLong(RunRow::finishedAt), 150);
        table.getColumns().add(finished);
        finished.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(finished);
        table.setRowFactory(t -> {
            TableRow<RunRow> row = new TableRow<>();
            row.itemProperty().addListener((o, was, now) -> row.setTooltip(now == null ? null
                    : new Tooltip("run " + now.id() + (now.device().isEmpty() ? "" : "\n" + now.device()))));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    show(List.of(row.getItem()), curves, showCurves);
                }
            });
            return row;
        });

        Label count = new Label();
        count.setId("runsCount");
        count.textProperty().bind(vm.countProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button show = new Button("Show curves");
        show.setId("showRunCurvesButton");
        show.setTooltip(new Tooltip("Overlay the training curves of the chosen runs (at most "
                + RunCurvesViewModel.MAX_RUNS + ")"));
        show.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        show.setOnAction(e -> show(List.copyOf(table.getSelectionModel().getSelectedItems()), curves, showCurves));
        show.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, count, grow, show);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        setTop(bar);
        setCenter(table);
    }

    private static void show(List<RunRow> rows, RunCurvesViewModel curves, Runnable showCurves) {
        curves.showOnly(rows.stream().limit(RunCurvesViewModel.MAX_RUNS).map(r -> new RunCurvesViewModel.Curve(r.id(),
                r.rule() + " φ=" + r.phiText() + " · seed " + r.record().request().recipe().seed(),
                r.record().epochs())).toList());
        showCurves.run();
    }

    private static TableColumn<RunRow, RunRow> column(String header, String tip, Function<RunRow, String> text,
                                                      Comparator<RunRow> order, double width) {
        TableColumn<RunRow, RunRow> c = new TableColumn<>();
        Label label = new Label(header);
        label.setTooltip(new Tooltip(tip));
        c.setGraphic(label);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(order != null ? order : Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(RunRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }
}
