package org.scalelab.ui.training;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Where jobs train" ({@link ClusterViewModel}): this machine or a Spark cluster's master URL, checked as it is typed,
 * and Apply. A build without Spark shows only where the jobs train and the one sentence why a cluster cannot be
 * chosen.
 */
public final class ClusterView extends VBox {

    /** @param close what the Close button does (hide the window) */
    public ClusterView(ClusterViewModel vm, Runnable close) {
        super(8);
        setId("clusterView");
        setPadding(new Insets(14));
        getStyleClass().add("recipe-panel");

        Label current = wrapped("clusterCurrent", "recipe-heading");
        current.textProperty().bind(vm.currentProperty());
        getChildren().add(current);

        Button closeButton = new Button("Close");
        closeButton.setId("closeClusterButton");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        if (!vm.available()) {
            Label why = wrapped("clusterUnavailable", "recipe-note");
            why.setText(vm.unavailableReason());
            buttons.getChildren().add(closeButton);
            getChildren().addAll(why, buttons);
            return;
        }

        ToggleGroup group = new ToggleGroup();
        RadioButton here = new RadioButton("This machine");
        here.setId("thisMachineChoice");
        RadioButton cluster = new RadioButton("A Spark cluster, master URL:");
        cluster.setId("clusterChoice");
        here.setToggleGroup(group);
        cluster.setToggleGroup(group);
        cluster.setSelected(vm.onClusterProperty().get());
        here.setSelected(!vm.onClusterProperty().get());
        cluster.selectedProperty().addListener((o, was, now) -> vm.onClusterProperty().set(now));
        vm.onClusterProperty().addListener((o, was, now) -> (now ? cluster : here).setSelected(true));

        TextField master = new TextField();
        master.setId("masterField");
        master.setPromptText("spark://HOST:PORT or local[N]");
        master.textProperty().bindBidirectional(vm.masterProperty());
        master.disableProperty().bind(vm.onClusterProperty().not());
        master.setOnAction(e -> vm.apply());
        HBox.setHgrow(master, Priority.ALWAYS);
        vm.problemProperty().addListener((o, was, now) -> {
            master.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                master.getStyleClass().add("invalid");
            }
        });
        Label problem = wrapped("masterProblem", "recipe-error");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        Label hint = wrapped("clusterHint", "recipe-note");
        hint.setText("One Spark task per run, one core each; a --data folder must be readable at the same path on every "
                + "worker. Moving waits until no job is queued or training; every stored run stays.");
        Label note = wrapped("clusterNote", "recipe-note");
        note.textProperty().bind(vm.noteProperty());

        Button apply = new Button("Apply");
        apply.setId("applyClusterButton");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.apply());
        Button keep = new Button("Don't move");
        keep.setId("keepCurrentButton");
        keep.managedProperty().bind(vm.movingProperty());
        keep.visibleProperty().bind(vm.movingProperty());
        keep.setOnAction(e -> vm.keepCurrent());
        buttons.getChildren().addAll(keep, apply, closeButton);

        getChildren().addAll(here, new HBox(8, cluster, master), problem, hint, note, buttons);
    }

    private static Label wrapped(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
