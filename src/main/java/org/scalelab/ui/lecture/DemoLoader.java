package org.scalelab.ui.lecture;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.project.ProjectViewModel;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Opens the bundled demo project (and resets it: opening it again puts back its baseline, coefficients, φ, rules and
 * recipe, whatever the lecturer changed). Read in the background once, then kept. The project then has no file of
 * its own, so Save asks where to save it. FX thread only; holds no controls.
 */
public final class DemoLoader {
    /** What the window's title calls the demo. */
    public static final String NAME = "demo project";

    private final WorkbenchModel model;
    private final BackgroundExecutor executor;
    private final ProjectViewModel project;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private DemoProject demo;

    public DemoLoader(WorkbenchModel model, BackgroundExecutor executor, ProjectViewModel project) {
        this.model = model;
        this.executor = executor;
        this.project = project;
    }

    /** Opens the demo, or resets it when it is open already. */
    public void open() {
        if (demo != null) {
            install();
            return;
        }
        executor.submit(DemoProject::readBundled, d -> {
            demo = d;
            install();
        }, e -> problem.set("The demo project could not be loaded: " + e.getMessage()));
    }

    private void install() {
        demo.install(model);
        project.detach(NAME);
        problem.set("");
    }

    /** Empty, or why the demo could not be opened. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
