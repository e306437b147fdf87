package org.scalelab.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.baseline.BaselineEditorView;
import org.scalelab.ui.baseline.BaselineEditorViewModel;
import org.scalelab.ui.charts.ChartsView;
import org.scalelab.ui.charts.ChartsViewModel;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.figure.ScalingFigurePane;
import org.scalelab.ui.figure.ScalingFigureView;
import org.scalelab.ui.figure.ScalingFigureViewModel;
import org.scalelab.ui.lecture.DemoLoader;
import org.scalelab.ui.lecture.LectureMode;
import org.scalelab.ui.lecture.LectureReadoutViewModel;
import org.scalelab.ui.lecture.LectureView;
import org.scalelab.ui.matched.MatchedCostView;
import org.scalelab.ui.matched.MatchedCostViewModel;
import org.scalelab.ui.project.ProjectViewModel;
import org.scalelab.ui.project.RecentProjects;
import org.scalelab.ui.recipe.DatasetProbe;
import org.scalelab.ui.recipe.RecipePanelView;
import org.scalelab.ui.recipe.RecipePanelViewModel;
import org.scalelab.ui.runs.CurvesView;
import org.scalelab.ui.runs.RunCurvesViewModel;
import org.scalelab.ui.runs.RunsTableView;
import org.scalelab.ui.runs.RunsTableViewModel;
import org.scalelab.ui.scaling.BudgetView;
import org.scalelab.ui.scaling.BudgetViewModel;
import org.scalelab.ui.scaling.ScalingPanelView;
import org.scalelab.ui.scaling.ScalingPanelViewModel;
import org.scalelab.ui.scaling.VariantTableView;
import org.scalelab.ui.search.SearchWindow;
import org.scalelab.ui.status.StatusBarView;
import org.scalelab.ui.status.StatusViewModel;
import org.scalelab.ui.training.ClusterPreference;
import org.scalelab.ui.training.ClusterViewModel;
import org.scalelab.ui.training.ClusterWindow;
import org.scalelab.ui.training.SwitchingTraining;
import org.scalelab.ui.training.TrainingPanelView;
import org.scalelab.ui.training.TrainingPanelViewModel;
import org.scalelab.ui.window.Banner;
import org.scalelab.ui.window.FileChoosers;
import org.scalelab.ui.window.SidePanel;
import org.scalelab.ui.window.WorkbenchLayout;
import org.scalelab.ui.workbench.NativeResolutionTracker;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The main window: the baseline editor folds out on the left, the scaling panel on the right, in the middle the
 * charts over tabs for the scaling figure, the variants and the jobs, status at the foot, and a menu for files,
 * panels and lecture mode. It only assembles the features (arranged by {@link WorkbenchLayout}); each one
 * binds to its own ViewModel over the shared {@link WorkbenchModel}.
 */
public final class WorkbenchView extends BorderPane {
    private final WorkbenchModel model;
    private final ChartsView charts;
    private final StatusBarView status;
    private final ProjectViewModel project;
    private final LectureMode lecture;
    private final SearchWindow search;
    /** "Where jobs train", when the training port can move its jobs ({@link SwitchingTraining}); else null. */
    private final ClusterWindow cluster;
    private final WorkbenchLayout layout;
    private final DemoLoader demo;
    private final FileChoosers files = new FileChoosers();
    private WorkbenchLayout.State saved;
    /** How much larger lecture mode draws the charts and the figure's text. */
    static final double LECTURE_CHART_SCALE = 2.0;
    static final double LECTURE_CHART_SCALE_SMALL = 1.5;
    static final double LECTURE_SMALL_SCREEN = 1300;
    static final double LECTURE_FIGURE_SCALE = 1.8;
    private final TabPane tabs;
    private final Tab figureTab;

    public WorkbenchView(WorkbenchModel model, BackgroundExecutor executor, TrainingPort backend,
                         RecentProjects recent) {
        this.model = model;
        setId("workbench");
        ChartsViewModel chartsVm = new ChartsViewModel(model, executor);
        charts = new ChartsView(chartsVm);
        TrainingPanelViewModel training = new TrainingPanelViewModel(model, backend, executor);
        StatusViewModel statusVm = new StatusViewModel(backend, training, executor);
        status = new StatusBarView(statusVm);
        cluster = backend instanceof SwitchingTraining switching ? new ClusterWindow(new ClusterViewModel(switching,
                new ClusterPreference(), Clusters.available(), executor, () -> {
                    statusVm.refreshBackend();
                    training.reload();
                })) : null;
        project = new ProjectViewModel(model, executor, recent);
        demo = new DemoLoader(model, executor, project);
        search = new SearchWindow(model, backend, executor);
        ScalingFigureViewModel figureVm = new ScalingFigureViewModel(model, executor);
        LectureReadoutViewModel readout = new LectureReadoutViewModel(model);
        lecture = new LectureMode(model, width -> lectureView(width, readout, chartsVm, figureVm),
                readout.compareProperty());

        Tab baselineTab = new Tab("Baseline", new BaselineEditorView(new BaselineEditorViewModel(model)));
        baselineTab.setId("baselineTab");
        Tab recipeTab = new Tab("Recipe & data", new RecipePanelView(
                new RecipePanelViewModel(model, executor, DatasetProbe.locator())));
        recipeTab.setId("recipeTab");
        recipeTab.setTooltip(new Tooltip("How the variants are trained and on which images"));
        TabPane leftTabs = new TabPane(baselineTab, recipeTab);
        leftTabs.setId("leftTabs");
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SidePanel left = new SidePanel("baselinePanel", "Baseline & recipe", leftTabs, true);
        ScalingPanelViewModel scalingVm = new ScalingPanelViewModel(model);
        BudgetView budget = new BudgetView(new BudgetViewModel(model, training::train));
        SidePanel right = new SidePanel("scalingSide", "Scaling", new ScalingPanelView(scalingVm, budget), false);
        ScalingFigurePane figure = new ScalingFigurePane(figureVm);

        figureTab = new Tab("Scaling figure", figure);
        figureTab.setId("figureTab");
        figureTab.setTooltip(new Tooltip("The baseline beside its wider, deeper, higher-resolution and compound "
                + "variants at the current φ, to scale (the EfficientNet paper's Figure 2)"));
        Tab variants = new Tab("Variants", new VariantTableView(scalingVm));
        variants.setId("variantsTab");
        variants.setTooltip(new Tooltip("Every shown rule's variants on the φ grid; bold: the selected rule at the "
                + "current φ"));
        tabs = new TabPane();
        RunCurvesViewModel curvesVm = new RunCurvesViewModel(backend, executor);
        Tab curves = new Tab("Training curves", new CurvesView(curvesVm));
        curves.setId("curvesTab");
        Tab jobs = new Tab("Jobs", new TrainingPanelView(training, row -> {
            curvesVm.show(row.runId(), row.title(), row.epochs());
            tabs.getSelectionModel().select(curves);
        }));
        jobs.setId("jobsTab");
        Tab runs = new Tab("Runs", new RunsTableView(new RunsTableViewModel(model), curvesVm,
                () -> tabs.getSelectionModel().select(curves)));
        runs.setId("runsTab");
        runs.setTooltip(new Tooltip("Every run for this data: sort by any column, overlay their training curves"));
        MatchedCostViewModel matchedVm = new MatchedCostViewModel(model);
        Tab matched = new Tab("Matched cost", new MatchedCostView(matchedVm));
        matched.setId("matchedCostTab");
        matched.setTooltip(new Tooltip("Each rule's accuracy at one MACs budget (type it, or click the MACs axis), its "
                + "gap to compound and its front's hypervolume; the limits accuracy is subject to"));
        charts.setCostPicked(macs -> {
            matchedVm.setCost(macs);
            tabs.getSelectionModel().select(matched);
        });
        new NativeResolutionTracker(model, executor, id -> new DatasetLocator().load(id).nativeResolution());
        tabs.getTabs().setAll(figureTab, variants, matched, jobs, runs, curves);
        tabs.setId("workbenchTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        layout = new WorkbenchLayout(left, charts, tabs, right);
        charts.setSaveAction(this::exportChart);
        // Lecture mode swaps the whole window; coming back, the workbench is put back exactly as it was.
        lecture.activeProperty().addListener((o, was, now) -> {
            if (now) {
                saved = layout.state();
            } else if (saved != null) {
                layout.restore(saved);
            }
        });

        Banner problem = new Banner("scalingProblem", model.problemProperty(), null, null);
        Banner fileError = new Banner("fileProblem", project.errorProperty(), project.errorDetailProperty(),
                project::dismissError);
        Banner demoError = new Banner("demoProblem", demo.problemProperty(), null, null);

        setTop(new VBox(menu(), problem, fileError, demoError));
        setCenter(layout);
        setBottom(status);
    }

    private MenuBar menu() {
        MenuItem open = item("Open project…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> files.open(stage(), "Open a ScaleLab project", FileChoosers.Kind.PROJECT).ifPresent(project::open));
        MenuItem save = item("Save project", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!project.save()) {
                saveProjectAs();
            }
        });
        MenuItem saveAs = item("Save project as…", null, this::saveProjectAs);
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> recent.getItems().setAll(project.recentFiles().stream()
                .map(p -> item(p.toString(), null, () -> project.open(p))).toList()));
        recent.getItems().add(new MenuItem("(none yet)"));
        MenuItem png = item("Export chart as PNG…", null, () -> exportChart("png"));
        MenuItem svg = item("Export chart as SVG…", null, () -> exportChart("svg"));
        MenuItem csv = item("Export results as CSV…", null, () -> files.save(stage(), "Export the results",
                FileChoosers.Kind.CSV, baseName() + "-results").ifPresent(project::exportCsv));
        MenuItem openDemo = item("Open demo project", null, demo::open);
        openDemo.setId("openDemoItem");
        Menu file = new Menu("File", null, open, openDemo, save, saveAs, recent, new SeparatorMenuItem(), png, svg, csv);
        MenuItem lectureItem = item("Lecture mode (full screen, large type)", new KeyCodeCombination(KeyCode.F11),
                () -> lecture.toggle(stage()));
        lectureItem.setId("lectureItem");
        MenuItem resetDemo = item("Reset demo", null, demo::open);
        resetDemo.setId("resetDemoItem");
        Menu view = new Menu("View", null, panelItem("Baseline panel", "showBaselineItem",
                        layout.left().collapsedProperty()),
                panelItem("Scaling panel", "showScalingItem", layout.right().collapsedProperty()),
                item("Scaling figure", null, () -> tabs.getSelectionModel().select(figureTab)),
                new SeparatorMenuItem(), lectureItem, resetDemo);
        MenuItem find = item("Find α, β, γ…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> search.show(stage()));
        find.setId("findCoefficientsItem");
        Menu scaling = new Menu("Scaling", null, find);
        if (cluster == null) {
            return new MenuBar(file, scaling, view);
        }
        MenuItem where = item("Where jobs train (this machine or a Spark cluster)…", null, () -> cluster.show(stage()));
        where.setId("whereJobsTrainItem");
        return new MenuBar(file, scaling, new Menu("Training", null, where), view);
    }

    /**
     * Lecture mode's layout, over the same view models as the workbench (built on first use); on a small screen (an
     * old 1024-pixel projector) the charts grow less, so that their plot keeps its room.
     */
    private LectureView lectureView(double width, LectureReadoutViewModel readout, ChartsViewModel chartsVm,
                                    ScalingFigureViewModel figureVm) {
        boolean small = width < LECTURE_SMALL_SCREEN;
        ScalingFigureView figure = new ScalingFigureView(figureVm);
        figure.setId("lectureFigure");
        figure.textScaleProperty().set(LECTURE_FIGURE_SCALE);
        MenuItem open = item("Open demo project", null, demo::open);
        MenuItem reset = item("Reset demo", null, demo::open);
        MenuItem compare = item("Compare the rules at this cost (C)", null,
                () -> readout.compareProperty().set(!readout.compareProperty().get()));
        MenuItem back = item("Back to the workbench (Esc)", null, () -> lecture.disable(stage()));
        back.setId("leaveLectureItem");
        MenuBar bar = new MenuBar(new Menu("Lecture", null, open, reset, new SeparatorMenuItem(), compare, back));
        return new LectureView(readout, small ? ChartsView.forLecture(chartsVm, LECTURE_CHART_SCALE_SMALL, 1.1)
                : ChartsView.forLecture(chartsVm, LECTURE_CHART_SCALE, 1.4), figure, bar);
    }

    /** A check item that unfolds (checked) or folds a side panel. */
    private static CheckMenuItem panelItem(String text, String id, javafx.beans.property.BooleanProperty collapsed) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setSelected(!collapsed.get());
        item.selectedProperty().addListener((o, was, now) -> collapsed.set(!now));
        collapsed.addListener((o, was, now) -> item.setSelected(!now));
        return item;
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void saveProjectAs() {
        String name = project.currentFileProperty().get() != null
                ? String.valueOf(project.currentFileProperty().get().getFileName()) : baseName() + "-project";
        files.save(stage(), "Save the project", FileChoosers.Kind.PROJECT, name).ifPresent(project::save);
    }

    /** Asks where to save the chart on show ("png" or "svg"), suggesting a name after the baseline and the chart. */
    private void exportChart(String extension) {
        FileChoosers.Kind kind = extension.equals("png") ? FileChoosers.Kind.PNG : FileChoosers.Kind.SVG;
        files.save(stage(), "Save the chart", kind, baseName() + "-" + charts.currentChartName()).ifPresent(f -> {
            if (kind == FileChoosers.Kind.PNG) {
                charts.exportPng(f);
            } else {
                charts.exportSvg(f);
            }
        });
    }

    /** "scalelab-simple-cnn": the start of every suggested file name. */
    private String baseName() {
        return "scalelab-" + FileChoosers.safe(model.baselineProperty().get().name());
    }

    private Stage stage() {
        return (Stage) getScene().getWindow();
    }

    public WorkbenchModel model() {
        return model;
    }

    public ProjectViewModel project() {
        return project;
    }

    /** The "Where jobs train" window; null when the training port cannot move its jobs. */
    public ClusterWindow cluster() {
        return cluster;
    }

    public LectureMode lecture() {
        return lecture;
    }

    /** Opens (and resets) the bundled demo project. */
    public DemoLoader demo() {
        return demo;
    }

    /** The window's title: the application, the project's name, and the recipe and data its runs use. */
    public javafx.beans.binding.StringBinding titleProperty() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> "ScaleLab — " + project.nameProperty().get()
                + " — " + RecipePanelViewModel.summary(model.recipeProperty().get(), model.seedsProperty().get(),
                        model.datasetProperty().get()), project.nameProperty(), model.recipeProperty(),
                model.seedsProperty(), model.datasetProperty());
    }

    public WorkbenchLayout arrangement() {
        return layout;
    }

    /** Stops the status bar's timer; the caller closes the training port and the executor. */
    public void stop() {
        status.stop();
    }
}
