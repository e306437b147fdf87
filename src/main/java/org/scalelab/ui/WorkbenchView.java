package org.scalelab.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.baseline.BaselineEditorView;
import org.scalelab.ui.baseline.BaselineEditorViewModel;
import org.scalelab.ui.charts.ChartsView;
import org.scalelab.ui.charts.ChartsViewModel;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.lecture.LectureMode;
import org.scalelab.ui.project.ProjectViewModel;
import org.scalelab.ui.project.RecentProjects;
import org.scalelab.ui.scaling.BudgetView;
import org.scalelab.ui.scaling.BudgetViewModel;
import org.scalelab.ui.scaling.ScalingPanelView;
import org.scalelab.ui.scaling.ScalingPanelViewModel;
import org.scalelab.ui.scaling.VariantTableView;
import org.scalelab.ui.search.SearchWindow;
import org.scalelab.ui.sketch.NetworkSketchView;
import org.scalelab.ui.status.StatusBarView;
import org.scalelab.ui.status.StatusViewModel;
import org.scalelab.ui.training.TrainingPanelView;
import org.scalelab.ui.training.TrainingPanelViewModel;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The main window: baseline editor on the left, charts over the network sketch in the middle, the scaling panel
 * on the right, jobs and status along the bottom, and a menu for files and lecture mode. It only assembles the
 * features; each one binds to its own ViewModel over the shared {@link WorkbenchModel}.
 */
public final class WorkbenchView extends BorderPane {
    private final WorkbenchModel model;
    private final ChartsView charts;
    private final StatusBarView status;
    private final ProjectViewModel project;
    private final LectureMode lecture;
    private final SearchWindow search;

    public WorkbenchView(WorkbenchModel model, BackgroundExecutor executor, TrainingPort backend,
                         RecentProjects recent) {
        this.model = model;
        setId("workbench");
        charts = new ChartsView(new ChartsViewModel(model, executor));
        TrainingPanelViewModel training = new TrainingPanelViewModel(model, backend, executor);
        status = new StatusBarView(new StatusViewModel(backend, training, executor));
        project = new ProjectViewModel(model, executor, recent);
        lecture = new LectureMode(model);
        search = new SearchWindow(model, backend, executor);

        TitledPane editor = titled("Baseline", new BaselineEditorView(new BaselineEditorViewModel(model)));
        ScalingPanelViewModel scalingVm = new ScalingPanelViewModel(model);
        BudgetView budget = new BudgetView(new BudgetViewModel(model, training::train));
        TitledPane scaling = titled("Scaling", new ScalingPanelView(scalingVm, budget));
        TitledPane variants = titled("Variants on the φ grid (bold: the selected rule at the current φ)",
                new VariantTableView(scalingVm));
        TitledPane sketch = titled("Network sketch: baseline and selected variant", new NetworkSketchView(model));
        SplitPane left = new SplitPane(editor, sketch);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        SplitPane columns = new SplitPane(left, charts, scaling);
        columns.setDividerPositions(0.27, 0.745);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(scaling, false);
        // Along the bottom, full width: the variants table (every column readable) beside the jobs; the charts
        // keep most of the height.
        SplitPane bottom = new SplitPane(variants, new TrainingPanelView(training));
        bottom.setDividerPositions(0.56);
        SplitPane rows = new SplitPane(columns, bottom);
        rows.setOrientation(Orientation.VERTICAL);
        rows.setDividerPositions(0.66);

        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label fileError = new Label();
        fileError.getStyleClass().add("problem");
        fileError.textProperty().bind(project.errorProperty());
        fileError.managedProperty().bind(fileError.textProperty().isNotEmpty());

        setTop(new VBox(menu(), problem, fileError));
        setCenter(rows);
        setBottom(status);
    }

    private static TitledPane titled(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
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
        Menu view = new Menu("View", null, lectureItem);
        MenuItem find = item("Find α, β, γ…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> search.show(stage()));
        find.setId("findCoefficientsItem");
        Menu scaling = new Menu("Scaling", null, find);
        return new MenuBar(file, scaling, view);
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

    /** Stops the status bar's timer; the caller closes the backend and the executor. */
    public void stop() {
        status.stop();
    }
}
