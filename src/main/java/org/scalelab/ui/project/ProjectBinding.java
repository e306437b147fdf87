package org.scalelab.ui.project;

import java.util.List;
import org.scalelab.project.Project;
import org.scalelab.ui.workbench.WorkbenchModel;

/** Between a project file's contents and the workbench: what is saved, and what opening a project sets. FX thread. */
public final class ProjectBinding {
    private ProjectBinding() {
    }

    /** The workbench's current state as a project. */
    public static Project of(WorkbenchModel model) {
        return new Project(model.baselineProperty().get(), model.coefficientsProperty().get(), model.phiProperty().get(),
                List.copyOf(model.rules()), model.recipeProperty().get(), model.datasetProperty().get(),
                model.seedsProperty().get(), model.fitCurvesProperty().get(), model.budgetProperty().get(),
                model.phiStepProperty().get());
    }

    /** Puts the project into the workbench. */
    public static void apply(Project project, WorkbenchModel model) {
        model.datasetProperty().set(project.dataset());
        model.recipeProperty().set(project.recipe());
        model.coefficientsProperty().set(project.coefficients());
        model.baselineProperty().set(project.baseline());
        model.rules().setAll(project.rules());
        if (!project.rules().contains(model.selectedRuleProperty().get())) {
            model.selectedRuleProperty().set(project.rules().get(0));
        }
        if (project.phi() > model.phiMaxProperty().get()) {
            model.phiMaxProperty().set(Math.ceil(project.phi()));
        }
        model.phiStepProperty().set(project.phiStep());
        model.phiProperty().set(project.phi());
        model.seedsProperty().set(project.seeds());
        model.fitCurvesProperty().set(project.fitCurves());
        model.budgetProperty().set(project.budget());
    }
}
