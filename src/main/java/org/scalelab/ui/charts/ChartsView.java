package org.scalelab.ui.charts;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.title.TextTitle;

/**
 * The charts: accuracy vs MACs, accuracy vs params, and the published ImageNet reference, one tab each, with a
 * tool bar for the log cost axis and export. Binds to a {@link ChartsViewModel}; holds no state of its own
 * beyond the charts, which are built once and redraw as the ViewModel's datasets change.
 */
public final class ChartsView extends BorderPane {
    private static final int EXPORT_WIDTH = 1200;
    private static final int EXPORT_HEIGHT = 800;
    /** Charts shorter than this hide their title and subtitle on screen. */
    static final double COMPACT_BELOW = 460;

    private final ChartsViewModel vm;
    private final Map<CostMetric, JFreeChart> charts = new EnumMap<>(CostMetric.class);
    private final Map<CostMetric, ChartViewer> viewers = new EnumMap<>(CostMetric.class);
    private final TabPane tabs = new TabPane();
    private JFreeChart referenceChart;
    private final Tab referenceTab = new Tab("Published ImageNet results");
    private java.util.function.Consumer<String> save = kind -> { };

    /** Enlarges the charts in lecture mode; null in the workbench. */
    private final ChartScale scale;

    public ChartsView(ChartsViewModel vm) {
        this(vm, null);
    }

    /**
     * The charts for lecture mode, over the same view model: everything drawn {@code factor} times larger (the legend,
     * which lists up to eleven entries, by {@code legendFactor}), no titles, no tool bar (lecture mode has its own
     * keys) and no hint line.
     */
    public static ChartsView forLecture(ChartsViewModel vm, double factor, double legendFactor) {
        return new ChartsView(vm, new ChartScale(factor, legendFactor));
    }

    private ChartsView(ChartsViewModel vm, ChartScale scale) {
        this.vm = vm;
        this.scale = scale;
        setId(scale == null ? "chartsView" : "lectureChartsView");
        getStyleClass().add("charts-view");
        getStylesheets().add(ChartsView.class.getResource("charts.css").toExternalForm());

        for (CostMetric m : CostMetric.values()) {
            JFreeChart chart = LocalChart.build(vm, m);
            ChartViewer viewer = new ChartViewer(chart);
            viewer.setId((scale == null ? "" : "lecture-") + (m == CostMetric.MACS ? "macsChart" : "paramsChart"));
            viewer.addChartMouseListener(new ClickToSelect(viewer, m));
            keyboardSelection(viewer);
            if (scale == null) {
                compactWhenShort(viewer, chart);
            } else {
                // The readout and the tab say what the chart is; its lines go to the plot.
                scale.apply(chart);
                setTitlesVisible(chart, false);
            }
            charts.put(m, chart);
            viewers.put(m, viewer);
            Tab tab = new Tab(m.title(), viewer);
            tab.setClosable(false);
            tabs.getTabs().add(tab);
        }
        referenceTab.setId("referenceTab");
        referenceTab.setClosable(false);
        referenceTab.setTooltip(new Tooltip(ChartsViewModel.REFERENCE_TITLE));
        // The published figures load when the tab is first opened.
        referenceTab.setOnSelectionChanged(e -> {
            if (referenceTab.isSelected() && referenceTab.getContent() == null) {
                referenceTab.setContent(referenceViewer());
            }
        });
        tabs.getTabs().add(referenceTab);
        tabs.setId("chartTabs");
        setCenter(tabs);
        if (scale == null) {
            setTop(toolBar());
        }

        // A chart redraws at every change of its data: hold redraws while the view model rewrites the datasets,
        // while the chart's tab is hidden and while the view is out of the window (the workbench's charts during
        // lecture mode and the other way round), then draw once.
        vm.updatingProperty().addListener(o -> holdHiddenOrUpdatingCharts());
        tabs.getSelectionModel().selectedItemProperty().addListener(o -> holdHiddenOrUpdatingCharts());
        sceneProperty().addListener(o -> holdHiddenOrUpdatingCharts());
        holdHiddenOrUpdatingCharts();
        vm.logAxisProperty().addListener((o, was, log) -> charts.forEach((m, c) -> restyle(c, () -> LocalChart.setLog(c, m, log))));
        vm.trainedCountProperty().addListener((o, was, n) -> charts.values().forEach(c -> LocalChart.setEmpty(c, n.intValue() == 0)));
        vm.shownRulesProperty().addListener((o, was, rules) -> charts.values().forEach(c -> restyle(c, () -> LocalChart.setRules(c, rules))));
        javafx.beans.InvalidationListener legend = o -> charts.forEach((m, c) -> restyle(c, () -> LocalChart.setLegend(c, m,
                vm)));
        vm.shownRulesProperty().addListener(legend);
        vm.spreadShownProperty().addListener(legend);
        vm.fitCurvesProperty().addListener(legend);
        vm.addMarksListener(legend);
        vm.addMarksListener(o -> charts.forEach((m, c) -> LocalChart.setLimits(c, m, vm.limits())));
        vm.fittedRulesProperty().addListener((o, was, fitted) -> charts.values().forEach(c -> LocalChart.setFitted(c, fitted)));
        vm.bandRuleProperty().addListener((o, was, rule) -> charts.values().forEach(c -> LocalChart.setBandRule(c, rule)));
        if (scale == null) {
            Label hint = new Label(SELECT_HINT);
            hint.setId("chartHint");
            // The published figures have nothing to select.
            hint.visibleProperty().bind(tabs.getSelectionModel().selectedItemProperty().isNotEqualTo(referenceTab));
            hint.managedProperty().bind(hint.visibleProperty());
            hint.getStyleClass().add("chart-hint");
            hint.setWrapText(true);
            hint.setMinWidth(0);
            setBottom(new javafx.scene.layout.VBox(fitNote(), hint));
        } else {
            setBottom(fitNote());
        }
    }

    /** A change that replaces parts of a chart (an axis, the legend); in lecture mode the new parts are enlarged. */
    private void restyle(JFreeChart chart, Runnable change) {
        change.run();
        if (scale != null) {
            scale.apply(chart);
        }
    }

    /** How to select a point: said under the chart, never in it, so exported figures carry no on-screen hints. */
    static final String SELECT_HINT = "Click a point to select its variant, or click the chart and use ← → "
            + "(along the rule) and ↑ ↓ (other rules).";

    /** Why a rule has no curve (or no band), under the charts while fits are on. */
    private Label fitNote() {
        Label note = new Label();
        note.setId("fitNote");
        note.getStyleClass().add("fit-note");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.textProperty().bind(vm.fitNoteProperty());
        note.visibleProperty().bind(vm.fitNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        note.setTooltip(new Tooltip("The curve acc = a − b·exp(−c·(log10 MACs − x0)) has three parameters: it needs "
                + "runs at three or more different MACs, and a fourth run (or a repeated seed) for a band"));
        return note;
    }

    /**
     * With the chart focused (click it or Tab to it): ← → walk the selected rule's curve by cost, ↑ ↓ switch to
     * the same φ on another rule. Keyboard users and lecturers at a projector get what a click gives.
     */
    private void keyboardSelection(ChartViewer viewer) {
        viewer.setFocusTraversable(true);
        viewer.getStyleClass().add("keyboard-chart");
        // After the click: the tab pane takes the focus on the press itself.
        viewer.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> viewer.requestFocus());
        viewer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case RIGHT -> vm.stepAlongRule(1);
                case LEFT -> vm.stepAlongRule(-1);
                case UP -> vm.stepRule(-1);
                case DOWN -> vm.stepRule(1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private void holdHiddenOrUpdatingCharts() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        charts.forEach((m, chart) -> {
            boolean draw = !vm.updatingProperty().get() && getScene() != null && shown != null
                    && shown.getContent() == viewers.get(m);
            if (chart.isNotify() != draw) {
                chart.setNotify(draw);
            }
        });
    }

    private ToolBar toolBar() {
        ToggleButton log = new ToggleButton("Log cost axis");
        log.setId("logAxisToggle");
        log.setTooltip(new Tooltip("Show MACs and params on a logarithmic axis: equal steps mean equal factors"));
        log.selectedProperty().bindBidirectional(vm.logAxisProperty());
        log.disableProperty().bind(tabs.getSelectionModel().selectedItemProperty().isEqualTo(referenceTab));

        ToggleButton fit = new ToggleButton("Fit curves");
        fit.setId("fitCurvesToggle");
        fit.setTooltip(new Tooltip("Fit acc = a − b·exp(−c·(log10 MACs − x0)) to each rule's runs and draw it with its "
                + "95% band for one run; tooltips then show the curve's prediction (for a trained variant, from the "
                + "curve fitted without its own runs)"));
        fit.selectedProperty().bindBidirectional(vm.fitCurvesProperty());
        fit.disableProperty().bind(log.disableProperty());

        Label counts = new Label();
        counts.setId("trainedCountLabel");
        counts.textProperty().bind(vm.trainedCountProperty().asString("%d trained")
                .concat(vm.untrainedCountProperty().asString(", %d not trained yet")));

        Button png = new Button("Save PNG…");
        png.setId("savePngButton");
        png.setOnAction(e -> save.accept("png"));
        Button svg = new Button("Save SVG…");
        svg.setId("saveSvgButton");
        svg.setOnAction(e -> save.accept("svg"));

        Label message = new Label();
        message.setId("exportMessage");
        message.textProperty().bind(vm.export().messageProperty());
        message.getStyleClass().add("export-message");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(log, fit, new Separator(), counts, grow, message, png, svg);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private ChartViewer referenceViewer() {
        referenceChart = ReferenceChart.build(vm.reference());
        ChartViewer viewer = new ChartViewer(referenceChart);
        viewer.setId(scale == null ? "referenceView" : "lectureReferenceView");
        if (scale == null) {
            compactWhenShort(viewer, referenceChart);
        } else {
            scale.apply(referenceChart);
            setTitlesVisible(referenceChart, false);
        }
        return viewer;
    }

    /**
     * What the Save PNG… and Save SVG… buttons do with "png" or "svg": the window asks where (with a suggested name
     * and the last folder) and then calls {@link #exportPng} or {@link #exportSvg}.
     */
    public void setSaveAction(java.util.function.Consumer<String> action) {
        save = action;
    }

    /** A file-name part for the chart on show: "accuracy-vs-macs", "accuracy-vs-params" or "published-imagenet". */
    public String currentChartName() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == referenceTab ? "published-imagenet"
                : t == tabs.getTabs().get(1) ? "accuracy-vs-params" : "accuracy-vs-macs";
    }

    /** The chart of the selected tab. */
    public JFreeChart currentChart() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t == referenceTab) {
            if (referenceTab.getContent() == null) {
                referenceTab.setContent(referenceViewer());
            }
            return referenceChart;
        }
        return charts.get(t == tabs.getTabs().get(1) ? CostMetric.PARAMS : CostMetric.MACS);
    }

    public JFreeChart chart(CostMetric metric) {
        return charts.get(metric);
    }

    /** Shows one of the local charts, or the reference view when {@code metric} is null. */
    public void show(CostMetric metric) {
        tabs.getSelectionModel().select(metric == null ? referenceTab
                : tabs.getTabs().get(metric == CostMetric.MACS ? 0 : 1));
    }

    /** Saves the current chart as PNG (always with its titles); the file is written in the background. */
    public void exportPng(Path file) {
        JFreeChart chart = currentChart();
        withTitles(chart, () -> vm.export().png(chart, file, EXPORT_WIDTH, EXPORT_HEIGHT));
    }

    /** Saves the current chart as SVG (always with its titles); the file is written in the background. */
    public void exportSvg(Path file) {
        JFreeChart chart = currentChart();
        withTitles(chart, () -> vm.export().svg(chart, file, EXPORT_WIDTH, EXPORT_HEIGHT));
    }

    /**
     * On a short chart (a laptop screen) the title and subtitle, which the tab names and the legend explains, give
     * their lines to the plot.
     */
    private static void compactWhenShort(ChartViewer viewer, JFreeChart chart) {
        viewer.heightProperty().addListener(o -> setTitlesVisible(chart, viewer.getHeight() >= COMPACT_BELOW));
    }

    static void setTitlesVisible(JFreeChart chart, boolean visible) {
        if (chart.getTitle() != null && chart.getTitle().isVisible() != visible) {
            chart.getTitle().setVisible(visible);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t && t.isVisible() != visible) {
                t.setVisible(visible);
            }
        }
    }

    /** Runs an export with the titles shown (exports always carry them), then puts the screen back. */
    private static void withTitles(JFreeChart chart, Runnable export) {
        boolean shown = chart.getTitle() == null || chart.getTitle().isVisible();
        setTitlesVisible(chart, true);
        try {
            export.run();
        } finally {
            setTitlesVisible(chart, shown);
        }
    }

    /**
     * What a click on the MACs axis of the MACs chart asks for: the matched-cost readout at that cost. Nothing is
     * asked for until it is set.
     */
    public void setCostPicked(java.util.function.DoubleConsumer action) {
        costPicked = action;
    }

    private java.util.function.DoubleConsumer costPicked = macs -> { };

    /** A click on a point selects its variant; a click on the MACs axis picks that cost. */
    private final class ClickToSelect implements ChartMouseListenerFX {
        private final ChartViewer viewer;
        private final CostMetric metric;

        ClickToSelect(ChartViewer viewer, CostMetric metric) {
            this.viewer = viewer;
            this.metric = metric;
        }

        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            if (event.getEntity() instanceof XYItemEntity item) {
                vm.selectAt(item.getDataset(), item.getSeriesIndex(), item.getItem());
            } else if (metric == CostMetric.MACS && event.getEntity() instanceof org.jfree.chart.entity.AxisEntity axis
                    && axis.getAxis() == event.getChart().getXYPlot().getDomainAxis()) {
                var info = viewer.getCanvas().getRenderingInfo();
                if (info != null) {
                    var area = info.getPlotInfo().getDataArea();
                    double macs = axis.getAxis() instanceof org.jfree.chart.axis.ValueAxis value
                            ? value.java2DToValue(event.getTrigger().getX(), area,
                                    org.jfree.chart.ui.RectangleEdge.BOTTOM) : Double.NaN;
                    if (macs > 0) {
                        costPicked.accept(macs);
                    }
                }
            }
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
        }
    }
}
