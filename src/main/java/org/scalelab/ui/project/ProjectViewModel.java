package org.scalelab.ui.project;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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

    public ProjectViewModel(WorkbenchModel model, BackgroundExecutor executor, RecentProjects recent) {
        this.model = model;
        this.executor = executor;
        this.recent = recent;
        executor.submit(recent::list, recentFiles::setAll, e -> { });
    }

    public void open(Path file) {
        executor.submit(() -> ProjectFiles.read(file), project -> {
            project.applyTo(model);
            current.set(file);
            error.set("");
            message.set("opened " + file.getFileName());
            remember(file);
        }, e -> fail(e));
    }

    public void save(Path file) {
        Project p = Project.of(model);
        executor.submit(() -> {
            ProjectFiles.write(file, p);
            return file;
        }, f -> {
            current.set(f);
            error.set("");
            message.set("saved " + f.getFileName());
            remember(f);
        }, this::fail);
    }

    /** Saves to the current file; false when there is none (the window asks for one). */
    public boolean save() {
        if (current.get() == null) {
            return false;
        }
        save(current.get());
        return true;
    }

    /** Writes every grid variant with its accuracy over the finished seeds (empty where untrained) as CSV. */
    public void exportCsv(Path file) {
        String csv = ResultsCsv.write(List.copyOf(model.gridProperty().get()), model::accuracyStats);
        executor.submit(() -> {
            ProjectFiles.writeText(file, csv);
            return file;
        }, f -> {
            error.set("");
            message.set("exported " + f.getFileName());
        }, this::fail);
    }

    private void remember(Path file) {
        executor.submit(() -> {
            recent.add(file);
            return recent.list();
        }, recentFiles::setAll, e -> { });
    }

    /** Clears the last problem (the window's dismiss button). */
    public void dismissError() {
        error.set("");
    }

    private void fail(Throwable e) {
        error.set(e instanceof ProjectFileException ? e.getMessage() : String.valueOf(e.getMessage()));
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return current.getReadOnlyProperty();
    }

    /** Empty, or the last open/save/export problem, naming the file. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
