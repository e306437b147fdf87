package org.scalelab.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
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
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.scalelab.ui.baseline.BaselineEditorView;
import org.scalelab.ui.baseline.BaselineEditorViewModel;
import org.scalelab.ui.charts.ChartsView;
import org.scalelab.ui.charts.ChartsViewModel;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.figure.ScalingFigurePane;
import org.scalelab.ui.figure.ScalingFigureViewModel;
import org.scalelab.ui.lecture.LectureMode;
import org.scalelab.ui.project.ProjectViewModel;
import org.scalelab.ui.project.RecentProjects;
import org.scalelab.ui.scaling.BudgetView;
import org.scalelab.ui.scaling.BudgetViewModel;
import org.scalelab.ui.scaling.ScalingPanelView;
import org.scalelab.ui.scaling.ScalingPanelViewModel;
import org.scalelab.ui.scaling.VariantTableView;
import org.scalelab.ui.search.SearchWindow;
import org.scalelab.ui.status.StatusBarView;
import org.scalelab.ui.status.StatusViewModel;
import org.scalelab.ui.training.TrainingBackend;
import org.scalelab.ui.training.TrainingPanelView;
import org.scalelab.ui.training.TrainingPanelViewModel;
import org.scalelab.ui.window.SidePanel;
import org.scalelab.ui.window.WorkbenchLayout;
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
    private final WorkbenchLayout layout;
    private final TabPane tabs;
    private final Tab figureTab;

    public WorkbenchView(WorkbenchModel model, BackgroundExecutor executor, TrainingBackend backend,
                         RecentProjects recent) {
        this.model = model;
        setId("workbench");
        charts = new ChartsView(new ChartsViewModel(model, executor));
        TrainingPanelViewModel training = new TrainingPanelViewModel(model, backend, executor);
        status = new StatusBarView(new StatusViewModel(backend, training, executor));
        project = new ProjectViewModel(model, executor, recent);
        lecture = new LectureMode(model);
        search = new SearchWindow(model, backend, executor);

        SidePanel left = new SidePanel("baselinePanel", "Baseline",
                new BaselineEditorView(new BaselineEditorViewModel(model)), true);
        ScalingPanelViewModel scalingVm = new ScalingPanelViewModel(model);
        BudgetView budget = new BudgetView(new BudgetViewModel(model, training::train));
        SidePanel right = new SidePanel("scalingSide", "Scaling", new ScalingPanelView(scalingVm, budget), false);
        ScalingFigurePane figure = new ScalingFigurePane(new ScalingFigureViewModel(model, executor));

        figureTab = new Tab("Scaling figure", figure);
        figureTab.setId("figureTab");
        figureTab.setTooltip(new Tooltip("The baseline beside its wider, deeper, higher-resolution and compound "
                + "variants at the current φ, to scale (the EfficientNet paper's Figure 2)"));
        Tab variants = new Tab("Variants", new VariantTableView(scalingVm));
        variants.setId("variantsTab");
        variants.setTooltip(new Tooltip("Every shown rule's variants on the φ grid; bold: the selected rule at the "
                + "current φ"));
        Tab jobs = new Tab("Jobs", new TrainingPanelView(training));
        jobs.setId("jobsTab");
        tabs = new TabPane(figureTab, variants, jobs);
        tabs.setId("workbenchTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        layout = new WorkbenchLayout(left, charts, tabs, right);

        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label fileError = new Label();
        fileError.getStyleClass().add("problem");
        fileError.textProperty().bind(project.errorProperty());
        fileError.managedProperty().bind(fileError.textProperty().isNotEmpty());

        setTop(new VBox(menu(), problem, fileError));
        setCenter(layout);
        setBottom(status);
    }

    private MenuBar menu() {
        MenuItem open = item("Open project…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> choose("Open project", false, "ScaleLab project", "*.json").ifPresent(project::open));
        MenuItem save = item("Save project", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!project.save()) {
                choose("Save project", true, "ScaleLab project", "*.json").ifPresent(project::save);
            }
        });
        MenuItem saveAs = item("Save project as…", null,
                () -> choose("Save project", true, "ScaleLab project", "*.json").ifPresent(project::save));
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> recent.getItems().setAll(project.recentFiles().stream()
                .map(p -> item(p.toString(), null, () -> project.open(p))).toList()));
        recent.getItems().add(new MenuItem("(none yet)"));
        MenuItem png = item("Export chart as PNG…", null,
                () -> choose("Export chart", true, "PNG image", "*.png").ifPresent(charts::exportPng));
        MenuItem svg = item("Export chart as SVG…", null,
                () -> choose("Export chart", true, "SVG image", "*.svg").ifPresent(charts::exportSvg));
        MenuItem csv = item("Export results as CSV…", null,
                () -> choose("Export results", true, "CSV table", "*.csv").ifPresent(project::exportCsv));
        Menu file = new Menu("File", null, open, save, saveAs, recent, new SeparatorMenuItem(), png, svg, csv);
        MenuItem lectureItem = item("Lecture mode (full screen, large type)", new KeyCodeCombination(KeyCode.F11),
                () -> lecture.toggle(stage()));
        Menu view = new Menu("View", null, panelItem("Baseline panel", "showBaselineItem",
                        layout.left().collapsedProperty()),
                panelItem("Scaling panel", "showScalingItem", layout.right().collapsedProperty()),
                item("Scaling figure", null, () -> tabs.getSelectionModel().select(figureTab)),
                new SeparatorMenuItem(), lectureItem);
        MenuItem find = item("Find α, β, γ…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> search.show(stage()));
        find.setId("findCoefficientsItem");
        Menu scaling = new Menu("Scaling", null, find);
        return new MenuBar(file, scaling, view);
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

    private java.util.Optional<Path> choose(String title, boolean save, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File f = save ? chooser.showSaveDialog(stage()) : chooser.showOpenDialog(stage());
        return java.util.Optional.ofNullable(f).map(File::toPath);
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

    public LectureMode lecture() {
        return lecture;
    }

    public WorkbenchLayout arrangement() {
        return layout;
    }

    /** Stops the status bar's timer; the caller closes the backend and the executor. */
    public void stop() {
        status.stop();
    }
}
