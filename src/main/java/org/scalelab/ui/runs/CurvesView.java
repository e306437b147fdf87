package org.scalelab.ui.runs;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.scalelab.training.EpochMetrics;

/**
 * Training curves of one or more runs, overlaid: loss on a chart of its own beside accuracy (training dashed,
 * validation solid), one colour per run, a key naming each run. It resizes with its tab and can be opened in a
 * window of its own (closing that window brings it back). Binds to a {@link RunCurvesViewModel}.
 */
public final class CurvesView extends BorderPane {
    /** One colour per overlaid run (Okabe–Ito, without the rules' own orange and blue first). */
    static final String[] COLORS = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2"};
    static final String EMPTY = "No run chosen yet: press Curves on a job, or choose runs in the Runs tab and press "
            + "Show curves.";

    private final RunCurvesViewModel vm;
    private final NumberAxis lossEpochs = epochAxis();
    private final NumberAxis accuracyEpochs = epochAxis();
    private final LineChart<Number, Number> loss;
    private final LineChart<Number, Number> accuracy;
    private final FlowPane key = new FlowPane(14, 4);
    private final VBox body;
    private final StackPane home = new StackPane();
    private Stage window;

    public CurvesView(RunCurvesViewModel vm) {
        this.vm = vm;
        setId("curvesView");
        NumberAxis lossAxis = new NumberAxis();
        lossAxis.setLabel("training loss");
        lossAxis.setForceZeroInRange(false);
        loss = chart(lossEpochs, lossAxis, "curvesLossChart");
        NumberAxis accAxis = new NumberAxis();
        accAxis.setLabel("accuracy (%)");
        accAxis.setForceZeroInRange(false);
        accuracy = chart(accuracyEpochs, accAxis, "curvesAccuracyChart");
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        HBox charts = new HBox(6, loss, accuracy);
        VBox.setVgrow(charts, Priority.ALWAYS);

        Label empty = new Label(EMPTY);
        empty.setId("curvesEmpty");
        empty.setWrapText(true);
        empty.setMinWidth(0);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.curves()));
        empty.managedProperty().bind(empty.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(vm.messageProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        key.setId("curvesKey");

        Button clear = new Button("Clear");
        clear.setId("clearCurvesButton");
        clear.setTooltip(new Tooltip("Remove every run from these charts"));
        clear.setOnAction(e -> vm.clear());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.curves()));
        Button detach = new Button("Open in a window");
        detach.setId("detachCurvesButton");
        detach.setTooltip(new Tooltip("Show the curves in a window of their own, to make them as large as you like"));
        detach.setOnAction(e -> detach());
        for (Button b : new Button[] {clear, detach}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label note = new Label("solid: validation · dashed: training");
        note.setMinWidth(Region.USE_PREF_SIZE);
        note.getStyleClass().add("recipe-note");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, note, grow, clear, detach);
        bar.setAlignment(Pos.CENTER_LEFT);

        body = new VBox(4, bar, empty, problem, key, charts);
        body.setPadding(new Insets(6));
        home.getChildren().add(body);
        setCenter(home);
        vm.curves().addListener((ListChangeListener<RunCurvesViewModel.Curve>) c -> plot());
        plot();
    }

    private static NumberAxis epochAxis() {
        NumberAxis x = new NumberAxis();
        x.setLabel("epoch");
        x.setAutoRanging(false);
        x.setLowerBound(1);
        x.setUpperBound(2);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        return x;
    }

    private static LineChart<Number, Number> chart(NumberAxis x, NumberAxis y, String id) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(false);
        chart.setMinSize(200, 160);
        return chart;
    }

    private void plot() {
        loss.getData().clear();
        accuracy.getData().clear();
        key.getChildren().clear();
        int last = 2;
        List<RunCurvesViewModel.Curve> curves = vm.curves();
        for (int i = 0; i < curves.size(); i++) {
            RunCurvesViewModel.Curve c = curves.get(i);
            String color = COLORS[i % COLORS.length];
            XYChart.Series<Number, Number> l = new XYChart.Series<>();
            XYChart.Series<Number, Number> train = new XYChart.Series<>();
            XYChart.Series<Number, Number> val = new XYChart.Series<>();
            l.setName(c.title());
            train.setName(c.title() + " (training)");
            val.setName(c.title() + " (validation)");
            for (EpochMetrics m : c.epochs()) {
                last = Math.max(last, m.epoch());
                l.getData().add(new XYChart.Data<>(m.epoch(), m.loss()));
                if (Double.isFinite(m.trainAccuracy())) {
                    train.getData().add(new XYChart.Data<>(m.epoch(), 100 * m.trainAccuracy()));
                }
                if (Double.isFinite(m.validationAccuracy())) {
                    val.getData().add(new XYChart.Data<>(m.epoch(), 100 * m.validationAccuracy()));
                }
            }
            loss.getData().add(l);
            accuracy.getData().add(train);
            accuracy.getData().add(val);
            paint(l, color, false);
            paint(train, color, true);
            paint(val, color, false);
            key.getChildren().add(keyEntry(c, color));
        }
        for (NumberAxis x : List.of(lossEpochs, accuracyEpochs)) {
            x.setUpperBound(last);
            x.setTickUnit(Math.max(1, Math.ceil(last / 10.0)));
        }
    }

    /** A run's colour on its line and points (the chart's own palette would not match the key). */
    private static void paint(XYChart.Series<Number, Number> s, String color, boolean dashed) {
        s.getNode().setStyle("-fx-stroke: " + color + "; -fx-stroke-width: 2;"
                + (dashed ? " -fx-stroke-dash-array: 7 5;" : ""));
        for (XYChart.Data<Number, Number> d : s.getData()) {
            d.getNode().setStyle("-fx-background-color: " + color + ", white; -fx-background-radius: 4px;"
                    + " -fx-padding: 3px;");
            Tooltip.install(d.getNode(), new Tooltip(s.getName() + String.format(Locale.ROOT, "%nepoch %d: %.4g",
                    d.getXValue().intValue(), d.getYValue().doubleValue())));
        }
    }

    private HBox keyEntry(RunCurvesViewModel.Curve c, String color) {
        Line swatch = new Line(0, 0, 22, 0);
        swatch.setStyle("-fx-stroke: " + color + "; -fx-stroke-width: 3;");
        Label name = new Label(c.title());
        name.setMinWidth(Region.USE_PREF_SIZE);
        Button remove = new Button("×");
        remove.setTooltip(new Tooltip("Take this run off the charts"));
        remove.setOnAction(e -> vm.remove(c.runId()));
        remove.getStyleClass().add("fold-button");
        HBox entry = new HBox(5, swatch, name, remove);
        entry.setAlignment(Pos.CENTER_LEFT);
        return entry;
    }

    /** Moves the curves into a window of their own; closing it brings them back here. */
    public void detach() {
        if (window != null) {
            window.toFront();
            return;
        }
        Label away = new Label("The curves are in their own window.");
        Button back = new Button("Bring them back");
        back.setId("attachCurvesButton");
        back.setOnAction(e -> window.close());
        VBox placeholder = new VBox(8, away, back);
        placeholder.setAlignment(Pos.CENTER);
        home.getChildren().setAll(placeholder);
        window = new Stage();
        window.setTitle("ScaleLab — training curves");
        if (getScene() != null && getScene().getWindow() != null) {
            window.initOwner(getScene().getWindow());
        }
        BorderPane root = new BorderPane(body);
        Scene scene = new Scene(root, 900, 560);
        if (getScene() != null) {
            scene.getStylesheets().setAll(getScene().getStylesheets());
        }
        window.setScene(scene);
        window.setOnHidden(e -> {
            root.setCenter(null);
            home.getChildren().setAll(body);
            window = null;
        });
        window.show();
    }

    /** Whether the curves are in their own window. */
    public boolean detached() {
        return window != null;
    }
}
