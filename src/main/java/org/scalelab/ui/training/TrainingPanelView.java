package org.scalelab.ui.training;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The training panel: three train commands and the job list (progress, ETA, status, and per job its curves and a
 * cancel button; cancel all). Only binds to its {@link TrainingPanelViewModel}.
 */
public final class TrainingPanelView extends BorderPane {
    private final TrainingPanelViewModel vm;
    private final Consumer<JobRow> showCurves;
    private final VBox jobBox = new VBox(6);

    public TrainingPanelView(TrainingPanelViewModel vm) {
        this(vm, row -> { });
    }

    /** @param showCurves shows a job's training curves (the window's curves view) */
    public TrainingPanelView(TrainingPanelViewModel vm, Consumer<JobRow> showCurves) {
        this.vm = vm;
        this.showCurves = showCurves;
        setId("trainingPanel");
        getStyleClass().add("training-panel");
        getStylesheets().add(TrainingPanelView.class.getResource("training.css").toExternalForm());
        setPadding(new Insets(10));

        setTop(commands());
        setCenter(jobList());
    }

    private VBox commands() {
        Button selected = new Button("Train selected");
        selected.setId("trainSelectedButton");
        selected.setTooltip(new Tooltip("Train the selected rule's variant at the current φ"));
        selected.disableProperty().bind(vm.canTrainSelectedProperty().not());
        selected.setOnAction(e -> vm.trainSelected());

        Button across = new Button("Train φ across rules");
        across.setId("trainAcrossRulesButton");
        across.setTooltip(new Tooltip("Train every shown rule's variant at the current φ"));
        across.disableProperty().bind(vm.canTrainManyProperty().not());
        across.setOnAction(e -> vm.trainAcrossRules());

        Button sweep = new Button("Train sweep");
        sweep.setId("trainSweepButton");
        sweep.setTooltip(new Tooltip("Train every variant on the φ grid, cheapest first"));
        sweep.disableProperty().bind(vm.canTrainManyProperty().not());
        sweep.setOnAction(e -> vm.trainSweep());

        Button cancelAll = new Button("Cancel all");
        cancelAll.setId("cancelAllButton");
        cancelAll.disableProperty().bind(vm.queuedProperty().add(vm.runningProperty()).isEqualTo(0));
        cancelAll.setOnAction(e -> vm.cancelAll());

        Button clear = new Button("Clear done");
        clear.setId("clearFinishedButton");
        clear.setTooltip(new Tooltip("Remove finished, failed and cancelled jobs from the list"));
        clear.setOnAction(e -> vm.clearFinished());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button b : new Button[] {selected, across, sweep, clear, cancelAll}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, selected, across, sweep, gap, clear, cancelAll);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("trainingMessage");
        message.getStyleClass().add("training-message");
        message.textProperty().bind(vm.messageProperty());
        Label counts = new Label();
        counts.textProperty().bind(Bindings.format("%d running · %d queued", vm.runningProperty(), vm.queuedProperty()));
        counts.getStyleClass().add("training-message");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        message.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.messageProperty());
        message.setTooltip(whole);
        HBox line = new HBox(8, message, gap2, counts);
        line.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(6, buttons, line);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private ScrollPane jobList() {
        jobBox.getStyleClass().add("job-list");
        jobBox.setPadding(new Insets(6));
        vm.jobs().addListener((ListChangeListener<JobRow>) c -> rebuild());
        rebuild();
        ScrollPane scroll = new ScrollPane(jobBox);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(180);
        scroll.setId("jobList");
        return scroll;
    }

    private void rebuild() {
        jobBox.getChildren().clear();
        if (vm.jobs().isEmpty()) {
            Label none = new Label("No jobs yet: train the selected variant, one φ across rules, or a sweep.");
            none.getStyleClass().add("job-empty");
            jobBox.getChildren().add(none);
            return;
        }
        for (int i = 0; i < vm.jobs().size(); i++) {
            jobBox.getChildren().add(jobNode(vm.jobs().get(i), i));
        }
    }

    private HBox jobNode(JobRow row, int index) {
        Label title = new Label(row.title());
        title.getStyleClass().add("job-title");
        Label status = new Label();
        status.getStyleClass().add("job-status");
        status.textProperty().bind(row.statusProperty());
        Label eta = new Label();
        eta.getStyleClass().add("job-eta");
        eta.textProperty().bind(row.etaProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(row.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefWidth(220);
        HBox.setHgrow(bar, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        status.setWrapText(true);
        status.setMinWidth(0);
        bar.setMinWidth(80);
        VBox text = new VBox(2, title, new HBox(10, status, eta));

        Button curves = new Button("Curves");
        curves.setId(index == 0 ? "curvesButton" : "curvesButton" + index);
        curves.setTooltip(new Tooltip("Show this run's loss and accuracy per epoch in the Training curves tab"));
        curves.setOnAction(e -> showCurves.accept(row));
        Button cancel = new Button("Cancel");
        cancel.setId(index == 0 ? "cancelButton" : "cancelButton" + index);
        cancel.setTooltip(new Tooltip("Stop this run (a queued one never starts); finished epochs stay stored"));
        cancel.disableProperty().bind(row.activeProperty().not());
        cancel.setOnAction(e -> vm.cancel(row));
        // Labelled buttons keep their words; the title and the bar give way.
        curves.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);

        HBox node = new HBox(10, text, bar, curves, cancel);
        node.setAlignment(Pos.CENTER_LEFT);
        node.getStyleClass().add("job-row");
        return node;
    }

}
