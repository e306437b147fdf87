package org.scalelab.ui.project;

import org.scalelab.project.ProjectFiles;
import org.scalelab.project.Project;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Open, save and export for the window's File menu. Files are read and written in the background; a bad file
 * leaves the workbench unchanged and sets {@link #errorProperty()} to a line naming the file and the problem.
 * The window shows the file choosers and calls these with the chosen path.
 */
public final class ProjectViewModel {
    private final WorkbenchModel model;
    private final BackgroundExecutor executor;
    private final RecentProjects recent;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "untitled");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    public ProjectViewModel(WorkbenchModel model, BackgroundExecutor executor, RecentProjects recent) {
        this.model = model;
        this.executor = executor;
        this.recent = recent;
        executor.submit(recent::list, recentFiles::setAll, e -> { });
    }

    public void open(Path file) {
        executor.submit(() -> ProjectFiles.read(file), project -> {
            ProjectBinding.apply(project, model);
            current.set(file);
            detail.set("");
            name.set(String.valueOf(file.getFileName()));
            error.set("");
            message.set("opened " + file.getFileName());
            remember(file);
        }, e -> fail("open", file, e));
    }

    public void save(Path file) {
        Project p = ProjectBinding.of(model);
        executor.submit(() -> {
            ProjectFiles.write(file, p);
            return file;
        }, f -> {
            current.set(f);
            name.set(String.valueOf(f.getFileName()));
            dismissError();
            message.set("saved " + f.getFileName());
            remember(f);
        }, e -> fail("save", file, e));
    }

    /**
     * The workbench now holds a project that is no file of the user's (the bundled demo): the next Save asks where,
     * so it never overwrites the project opened before.
     */
    public void detach(String projectName) {
        current.set(null);
        name.set(projectName);
        dismissError();
    }

    /** Saves to the current file; false when there is none (the window asks for one). */
    public boolean save() {
        if (current.get() == null) {
            return false;
        }
        save(current.get());
        return true;
    }

    /**
     * Writes every grid variant with its cost, the recipe and data, its finished runs' ids and its accuracy over the
     * finished seeds (empty where untrained) as CSV.
     */
    public void exportCsv(Path file) {
        String csv = ResultsCsv.write(List.copyOf(model.gridProperty().get()), model.recipeProperty().get(),
                model.datasetProperty().get(), model::accuracyStats, v -> model.runKeys(v).stream()
                        .filter(k -> model.runs().get(k) != null && model.runs().get(k).status() == RunStatus.DONE)
                        .toList());
        executor.submit(() -> {
            ProjectFiles.writeText(file, csv);
            return file;
        }, f -> {
            dismissError();
            message.set("exported " + f.getFileName());
        }, e -> fail("export to", file, e));
    }

    private void remember(Path file) {
        executor.submit(() -> {
            recent.add(file);
            return recent.list();
        }, recentFiles::setAll, e -> { });
    }

    /**
     * One sentence for the banner ("Could not open x.json: it is not a ScaleLab project file. …"); the reader's own
     * words go to {@link #errorDetailProperty()}.
     */
    private void fail(String verb, Path file, Throwable e) {
        String raw = String.valueOf(e.getMessage());
        String prefix = file + ": ";
        String problem = raw.startsWith(prefix) ? raw.substring(prefix.length()) : raw;
        problem = problem.startsWith("project: ") ? problem.substring("project: ".length()) : problem;
        error.set("Could not " + verb + " " + file.getFileName() + ": " + plain(verb, problem)
                + (verb.equals("open") ? " The workbench is unchanged." : " Nothing was written over."));
        detail.set(raw);
    }

    /** A file problem in plain words. */
    static String plain(String verb, String problem) {
        if (problem.startsWith("no such file")) {
            return "the file does not exist.";
        }
        if (!verb.equals("open")) {
            return problem + ".";
        }
        if (problem.startsWith("not valid JSON") || problem.startsWith("not a project") || problem.startsWith("format:")
                || problem.startsWith("not a UTF-8") || problem.startsWith("too large")) {
            return "it is not a ScaleLab project file.";
        }
        if (problem.startsWith("version:")) {
            return "it was saved by another version of ScaleLab (" + problem + ").";
        }
        return "a value in it cannot be used (" + problem + ").";
    }

    /** Hides the banner of the last problem. */
    public void dismissError() {
        error.set("");
        detail.set("");
    }

    /** The last problem's own words (parser messages and all), for a tooltip; empty without one. */
    public ReadOnlyStringProperty errorDetailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** What the window's title calls the project: its file's name, "demo project", or "untitled". */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return current.getReadOnlyProperty();
    }

    /** Empty, or the last open/save/export problem in a sentence naming the file; dismissible. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
