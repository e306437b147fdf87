package org.scalelab.ui.training;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scalelab.training.EpochMetrics;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The training panel: three train commands, the job list (progress, ETA, status, cancel per job, cancel all) and
 * a finished run's curves on demand. Only binds to its {@link TrainingPanelViewModel}.
 */
public final class TrainingPanelView extends BorderPane {
    private final TrainingPanelViewModel vm;
    private final VBox jobBox = new VBox(6);
    private NumberAxis epochAxis;
    private final XYChart.Series<Number, Number> lossSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> trainSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> valSeries = new XYChart.Series<>();

    public TrainingPanelView(TrainingPanelViewModel vm) {
        this.vm = vm;
        setId("trainingPanel");
        getStyleClass().add("training-panel");
        getStylesheets().add(TrainingPanelView.class.getResource("training.css").toExternalForm());
        setPadding(new Insets(10));

        setTop(commands());
        // Jobs and one run's curves share the space; asking for a run's curves shows them.
        Tab jobs = new Tab("Jobs", jobList());
        jobs.setId("jobsTab");
        Tab curves = new Tab("Training curves", curves());
        curves.setId("curvesTab");
        TabPane tabs = new TabPane(jobs, curves);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.curvesTitleProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(curves));
        setCenter(tabs);
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
        HBox line = new HBox(8, message, gap2, seeds(), counts);
        line.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(6, buttons, line);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    /** "Seeds [N]": how many runs, with seeds recipe.seed, +1, …, each train command queues per variant. */
    private HBox seeds() {
        Spinner<Integer> spinner = new Spinner<>(1, WorkbenchModel.MAX_SEEDS, vm.seedsProperty().get());
        spinner.setId("seedsSpinner");
        spinner.setEditable(true);
        spinner.setPrefWidth(70);
        spinner.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.seedsProperty().get()) {
                vm.seedsProperty().set(now);
            }
        });
        vm.seedsProperty().addListener((o, was, now) -> {
            if (!now.equals(spinner.getValue())) {
                spinner.getValueFactory().setValue(now.intValue());
            }
        });
        Label label = new Label("Seeds");
        label.setLabelFor(spinner);
        Tooltip tip = new Tooltip("Runs per variant: the recipe's seed, seed + 1, …; the charts show their mean "
                + "with ± 1 standard deviation, the table mean ± std (n)");
        label.setTooltip(tip);
        spinner.setTooltip(tip);
        label.setMinWidth(Region.USE_PREF_SIZE);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, spinner);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
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
        VBox text = new VBox(2, title, new HBox(10, status, eta));
        text.setPrefWidth(330);
        text.setMinWidth(220);

        Button curves = new Button("Curves");
        curves.setOnAction(e -> vm.showCurves(row));
        Button cancel = new Button("Cancel");
        cancel.setId(index == 0 ? "cancelButton" : "cancelButton" + index);
        cancel.disableProperty().bind(row.activeProperty().not());
        cancel.setOnAction(e -> vm.cancel(row));

        HBox node = new HBox(10, text, bar, curves, cancel);
        node.setAlignment(Pos.CENTER_LEFT);
        node.getStyleClass().add("job-row");
        return node;
    }

    private VBox curves() {
        Label title = new Label();
        title.getStyleClass().add("curves-title");
        title.textProperty().bind(Bindings.when(vm.curvesTitleProperty().isEmpty())
                .then("Training curves: press Curves on a job")
                .otherwise(Bindings.concat("Training curves: ", vm.curvesTitleProperty())));

        TableView<EpochMetrics> table = new TableView<>(vm.curves());
        table.setId("curvesTable");
        table.getColumns().add(column("Epoch", m -> Integer.toString(m.epoch())));
        table.getColumns().add(column("Loss", m -> String.format(Locale.ROOT, "%.4f", m.loss())));
        table.getColumns().add(column("Train acc.", m -> pct(m.trainAccuracy())));
        table.getColumns().add(column("Val. acc.", m -> pct(m.validationAccuracy())));
        table.getColumns().add(column("img/s", m -> String.format(Locale.ROOT, "%.0f", m.imagesPerSecond())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().forEach(c -> c.setMinWidth(74));
        table.setPlaceholder(new Label("No epochs recorded yet"));
        table.setPrefHeight(150);
        table.setPrefWidth(330);

        NumberAxis x = new NumberAxis();
        x.setLabel("epoch");
        x.setAutoRanging(false);
        x.setLowerBound(1);
        x.setUpperBound(2);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        epochAxis = x;
        NumberAxis y = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("curvesChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(170);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        lossSeries.setName("loss");
        trainSeries.setName("train acc.");
        valSeries.setName("val. acc.");
        chart.getData().addAll(java.util.List.of(lossSeries, trainSeries, valSeries));
        vm.curves().addListener((ListChangeListener<EpochMetrics>) c -> plot());
        HBox.setHgrow(chart, Priority.ALWAYS);

        HBox both = new HBox(10, table, chart);
        VBox box = new VBox(6, title, both);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void plot() {
        lossSeries.getData().clear();
        trainSeries.getData().clear();
        valSeries.getData().clear();
        int last = 2;
        for (EpochMetrics m : vm.curves()) {
            last = Math.max(last, m.epoch());
            lossSeries.getData().add(new XYChart.Data<>(m.epoch(), m.loss()));
            if (Double.isFinite(m.trainAccuracy())) {
                trainSeries.getData().add(new XYChart.Data<>(m.epoch(), m.trainAccuracy()));
            }
            if (Double.isFinite(m.validationAccuracy())) {
                valSeries.getData().add(new XYChart.Data<>(m.epoch(), m.validationAccuracy()));
            }
        }
        epochAxis.setUpperBound(last);
        epochAxis.setTickUnit(Math.max(1, Math.ceil(last / 10.0)));
    }

    private static TableColumn<EpochMetrics, String> column(String name, Function<EpochMetrics, String> value) {
        TableColumn<EpochMetrics, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String pct(double f) {
        return Double.isFinite(f) ? String.format(Locale.ROOT, "%.1f%%", 100 * f) : "–";
    }
}
