package org.scalelab.ui.charts;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * The charts: accuracy vs MACs, accuracy vs params, and the published ImageNet reference, one tab each, with a
 * tool bar for the log cost axis and export. Binds to a {@link ChartsViewModel}; holds no state of its own
 * beyond the charts, which are built once and redraw as the ViewModel's datasets change.
 */
public final class ChartsView extends BorderPane {
    private static final int EXPORT_WIDTH = 1200;
    private static final int EXPORT_HEIGHT = 800;

    private final ChartsViewModel vm;
    private final Map<CostMetric, JFreeChart> charts = new EnumMap<>(CostMetric.class);
    private final Map<CostMetric, ChartViewer> viewers = new EnumMap<>(CostMetric.class);
    private final TabPane tabs = new TabPane();
    private JFreeChart referenceChart;
    private final Tab referenceTab = new Tab("Published ImageNet results");

    public ChartsView(ChartsViewModel vm) {
        this.vm = vm;
        setId("chartsView");
        getStyleClass().add("charts-view");
        getStylesheets().add(ChartsView.class.getResource("charts.css").toExternalForm());

        for (CostMetric m : CostMetric.values()) {
            JFreeChart chart = LocalChart.build(vm, m);
            ChartViewer viewer = new ChartViewer(chart);
            viewer.setId(m == CostMetric.MACS ? "macsChart" : "paramsChart");
            viewer.addChartMouseListener(new ClickToSelect());
            keyboardSelection(viewer);
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
        setTop(toolBar());

        // A chart redraws at every change of its data: hold redraws while the view model rewrites the datasets
        // and while the chart's tab is hidden, then draw once.
        vm.updatingProperty().addListener(o -> holdHiddenOrUpdatingCharts());
        tabs.getSelectionModel().selectedItemProperty().addListener(o -> holdHiddenOrUpdatingCharts());
        holdHiddenOrUpdatingCharts();
        vm.logAxisProperty().addListener((o, was, log) -> charts.forEach((m, c) -> LocalChart.setLog(c, m, log)));
        vm.trainedCountProperty().addListener((o, was, n) -> charts.values().forEach(c -> LocalChart.setEmpty(c, n.intValue() == 0)));
        vm.shownRulesProperty().addListener((o, was, rules) -> charts.values().forEach(c -> LocalChart.setRules(c, rules)));
        javafx.beans.InvalidationListener legend = o -> charts.forEach((m, c) -> LocalChart.setLegend(c, m,
                vm.shownRulesProperty().get(), vm.spreadShownProperty().get(), vm.fitCurvesProperty().get()));
        vm.shownRulesProperty().addListener(legend);
        vm.spreadShownProperty().addListener(legend);
        vm.fitCurvesProperty().addListener(legend);
        vm.fittedRulesProperty().addListener((o, was, fitted) -> charts.values().forEach(c -> LocalChart.setFitted(c, fitted)));
        vm.bandRuleProperty().addListener((o, was, rule) -> charts.values().forEach(c -> LocalChart.setBandRule(c, rule)));
        setBottom(fitNote());
    }

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
            boolean draw = !vm.updatingProperty().get() && shown != null && shown.getContent() == viewers.get(m);
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
        png.setOnAction(e -> choose("PNG image", "*.png").ifPresent(this::exportPng));
        Button svg = new Button("Save SVG…");
        svg.setId("saveSvgButton");
        svg.setOnAction(e -> choose("SVG drawing", "*.svg").ifPresent(this::exportSvg));

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
        viewer.setId("referenceView");
        return viewer;
    }

    private java.util.Optional<Path> choose(String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the chart as " + what);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        chooser.setInitialFileName("scalelab-chart" + pattern.substring(1));
        java.io.File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
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

    /** Saves the current chart as PNG; the file is written in the background. */
    public void exportPng(Path file) {
        vm.export().png(currentChart(), file, EXPORT_WIDTH, EXPORT_HEIGHT);
    }

    /** Saves the current chart as SVG; the file is written in the background. */
    public void exportSvg(Path file) {
        vm.export().svg(currentChart(), file, EXPORT_WIDTH, EXPORT_HEIGHT);
    }

    private final class ClickToSelect implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            if (event.getEntity() instanceof XYItemEntity item) {
                vm.selectAt(item.getDataset(), item.getSeriesIndex(), item.getItem());
            }
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
        }
    }
}
