package org.scalelab.ui.baseline;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.scalelab.domain.spec.StageSpec;

/** Binds the baseline editor's controls to a {@link BaselineEditorViewModel}; no validation of its own. */
public final class BaselineEditorView extends BorderPane {
    private static final String INVALID = "invalid";

    public BaselineEditorView(BaselineEditorViewModel vm) {
        setId("baselineEditor");
        getStyleClass().add("baseline-editor");
        getStylesheets().add(BaselineEditorView.class.getResource("baseline-editor.css").toExternalForm());

        ComboBox<String> preset = new ComboBox<>(vm.presets());
        preset.setId("presetBox");
        preset.setPromptText("(edited)");
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        preset.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(preset, Priority.ALWAYS);
        Label summary = new Label();
        summary.getStyleClass().add("summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        HBox presetRow = new HBox(10, fixed("Preset"), preset);
        presetRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, presetRow, summary);

        TextField stemChannels = field("stemChannelsField", vm.stemChannelsProperty(), vm::commitStemChannels,
                BaselineEditorViewModel.STEM_CHANNELS, vm);
        TextField stemStride = field("stemStrideField", vm.stemStrideProperty(), vm::commitStemStride,
                BaselineEditorViewModel.STEM_STRIDE, vm);
        TextField headChannels = field("headChannelsField", vm.headChannelsProperty(), vm::commitHeadChannels,
                BaselineEditorViewModel.HEAD_CHANNELS, vm);
        // A grid whose labels never shrink: the fields give way when the panel is narrow.
        GridPane ends = new GridPane();
        ends.setHgap(8);
        ends.setVgap(6);
        ends.addRow(0, fixed("Stem channels"), stemChannels, fixed("stride"), stemStride);
        ends.addRow(1, fixed("Head channels"), headChannels, fixed("0 = none"));
        Tooltip noHead = new Tooltip("0 channels: no 1×1 head convolution before the pooling");
        headChannels.setTooltip(noHead);

        TableView<StageSpec> table = table(vm);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField notation = new TextField();
        notation.setId("notationField");
        notation.setPromptText("e.g. ir_r2_k3_s2_e6_c24_se0.25_swish");
        notation.textProperty().bindBidirectional(vm.notationProperty());
        notation.setOnAction(e -> vm.commitNotation());
        notation.setTooltip(new Tooltip("The selected stage in one line: type (cn, ir, er, rb, bt), r repeats, "
                + "k kernel, s stride, e expansion, c channels, se ratio, activation. Press Enter to apply."));
        flag(notation, BaselineEditorViewModel.NOTATION, vm);
        HBox.setHgrow(notation, Priority.ALWAYS);
        Button applyNotation = new Button("Apply");
        applyNotation.setOnAction(e -> vm.commitNotation());
        applyNotation.setMinWidth(Region.USE_PREF_SIZE);
        HBox notationLine = new HBox(8, notation, applyNotation);
        notationLine.setAlignment(Pos.CENTER_LEFT);
        VBox notationRow = new VBox(4, fixed("Selected stage, in one line"), notationLine);

        Button add = new Button("Add stage");
        add.setId("addStageButton");
        add.setOnAction(e -> vm.addStageAfter(vm.selectedIndexProperty().get()));
        Button remove = new Button("Remove");
        remove.setId("removeStageButton");
        remove.setOnAction(e -> vm.removeStage(vm.selectedIndexProperty().get()));
        remove.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.stages()).lessThan(2));
        Button up = new Button("Move up");
        up.setOnAction(e -> vm.moveStage(vm.selectedIndexProperty().get(), -1));
        up.disableProperty().bind(vm.selectedIndexProperty().lessThan(1));
        Button down = new Button("Move down");
        down.setOnAction(e -> vm.moveStage(vm.selectedIndexProperty().get(), 1));
        down.disableProperty().bind(vm.selectedIndexProperty().greaterThanOrEqualTo(
                javafx.beans.binding.Bindings.size(vm.stages()).subtract(1)));
        FlowPane buttons = new FlowPane(8, 6, add, remove, up, down);
        for (Button b : new Button[] {add, remove, up, down}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        Label error = new Label();
        error.setId("editorError");
        error.getStyleClass().add("editor-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        table.setTooltip(new Tooltip("Double-click a cell to edit; Enter applies. A change is applied only when the "
                + "whole network is valid."));

        VBox box = new VBox(8, top, ends, table, notationRow, buttons, error);
        setCenter(box);
        setPadding(new Insets(12));
    }

    /** A label that keeps its whole text; the controls beside it give way instead. */
    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text, Runnable commit,
                                   String target, BaselineEditorViewModel vm) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.setMinWidth(48);
        f.textProperty().bindBidirectional(text);
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        flag(f, target, vm);
        return f;
    }

    private static void flag(javafx.scene.Node node, String target, BaselineEditorViewModel vm) {
        vm.invalidTargetProperty().addListener((o, was, now) -> {
            node.getStyleClass().remove(INVALID);
            if (target.equals(now)) {
                node.getStyleClass().add(INVALID);
            }
        });
    }

    private static TableView<StageSpec> table(BaselineEditorViewModel vm) {
        TableView<StageSpec> table = new TableView<>(vm.stages());
        table.setId("stageTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<StageSpec, String> index = new TableColumn<>("#");
        index.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Integer.toString(table.getItems().indexOf(c.getValue()) + 1)));
        index.setSortable(false);
        index.setEditable(false);
        index.setMaxWidth(32);
        table.getColumns().add(index);
        for (StageColumn column : StageColumn.values()) {
            TableColumn<StageSpec, String> col = new TableColumn<>();
            Label header = new Label(column.shortHeader());
            header.setTooltip(new Tooltip(column.meaning()));
            col.setGraphic(header);
            col.setPrefWidth(switch (column) {
                case TYPE -> 74;
                case ACTIVATION -> 62;
                case SE, CHANNELS -> 44;
                default -> 32;
            });
            col.setSortable(false);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(BaselineEditorViewModel.cellText(c.getValue(), column)));
            col.setCellFactory(c -> new StageCell(vm, column));
            col.setOnEditCommit(e -> vm.editStage(e.getTablePosition().getRow(), column, e.getNewValue()));
            table.getColumns().add(col);
        }
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                vm.selectedIndexProperty().set(now.intValue());
            }
        });
        vm.selectedIndexProperty().addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedIndex() != now.intValue()) {
                table.getSelectionModel().select(now.intValue());
            }
        });
        table.getSelectionModel().select(vm.selectedIndexProperty().get());
        vm.invalidTargetProperty().addListener(o -> table.refresh());
        table.setPrefHeight(260);
        table.setMinHeight(110);
        return table;
    }

    /** A text cell that shows a rejected value in red, with the reason as tooltip, until the next valid edit. */
    private static final class StageCell extends TextFieldTableCell<StageSpec, String> {
        private final BaselineEditorViewModel vm;
        private final StageColumn column;

        StageCell(BaselineEditorViewModel vm, StageColumn column) {
            super(new DefaultStringConverter());
            this.vm = vm;
            this.column = column;
            setAlignment(column == StageColumn.TYPE || column == StageColumn.ACTIVATION
                    ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(INVALID);
            setTooltip(null);
            if (empty || isEditing()) {
                return;
            }
            String target = BaselineEditorViewModel.cellTarget(getIndex(), column);
            if (target.equals(vm.invalidTargetProperty().get())) {
                getStyleClass().add(INVALID);
                setText(vm.invalidTextProperty().get());
                setTooltip(new Tooltip(vm.errorProperty().get()));
            }
        }
    }
}
