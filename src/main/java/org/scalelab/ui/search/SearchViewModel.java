package org.scalelab.ui.search;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.search.SearchResult;
import org.scalelab.format.SearchText;
import org.scalelab.training.search.SearchJob;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The "Find α, β, γ" window, without controls: its {@link #form() form} with the live preview and the
 * {@link #search() search} it runs, kept in step. A valid form shows its networks untrained in the table, unless the
 * result shown is already that form's; a form with a problem says so while nothing runs. {@link #run} starts a search
 * of the previewed form; {@link #applyWinner} sets the workbench's α, β, γ, the only thing it writes of the
 * {@link WorkbenchModel}. FX thread only.
 */
public final class SearchViewModel {
    private final WorkbenchModel model;
    private final SearchTracker search;
    private final SearchFormViewModel form;
    private final BooleanBinding canRun;
    private final BooleanBinding canApplyWinner;

    public SearchViewModel(WorkbenchModel model, TrainingPort backend, BackgroundExecutor executor) {
        this.model = model;
        this.search = new SearchTracker(backend, executor);
        this.form = new SearchFormViewModel(model, executor, this::checked, this::previewed);
        canRun = Bindings.createBooleanBinding(() -> form.validProperty().get() && !form.previewPendingProperty().get()
                        && !search.runningProperty().get() && form.previewProperty().get() != null
                        && !form.previewProperty().get().space().isEmpty(),
                form.validProperty(), form.previewPendingProperty(), search.runningProperty(), form.previewProperty());
        canApplyWinner = Bindings.createBooleanBinding(() -> !search.runningProperty().get()
                && search.winnerNetworkProperty().get() >= 0, search.runningProperty(), search.winnerNetworkProperty());
        form.refresh();
    }

    private void checked() {
        if (!form.validProperty().get() && !search.runningProperty().get()) {
            search.status("Fix the inputs marked in red; until then nothing changes and nothing can run.");
        }
    }

    private void previewed(SearchPreview p) {
        if (search.runningProperty().get()) {
            return; // the rows and the plan belong to the running search
        }
        if (search.showsResultOf(p, form.selectOnProperty().get())) {
            search.status(search.finalStatus()); // the result shown is still the result of this form
            return;
        }
        search.show(p.space(), p.plan(), p.settings().seeds(), SearchMessages.context(model.recipeProperty().get(),
                model.datasetProperty().get(), p.space()));
        search.status(SearchMessages.ready(p));
    }

    /** The form and its live preview. */
    public SearchFormViewModel form() {
        return form;
    }

    /** The search shown: planned, running or ended. */
    public SearchTracker search() {
        return search;
    }

    /** Starts the search of the current preview, unless the form has a problem or a search runs. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        SearchPreview p = form.previewProperty().get();
        SearchJob job;
        try {
            job = new SearchJob(p.space(), p.settings(), model.datasetProperty().get(), model.recipeProperty().get(),
                    form.selectOnProperty().get(), 0);
        } catch (IllegalArgumentException e) {
            search.status("Cannot search: " + e.getMessage());
            return;
        }
        search.start(job, p, SearchMessages.context(job.recipe(), job.dataset(), job.space()));
    }

    /** Cancels the running search: its queued and running runs are cancelled; the result is partial. */
    public void cancel() {
        search.cancel();
    }

    /** Sets the workbench's α, β, γ to the winner's triple (the scaling panel follows). */
    public void applyWinner() {
        SearchResult r = search.resultProperty().get();
        if (r == null || search.runningProperty().get()) {
            return;
        }
        r.winner().ifPresent(w -> {
            CompoundCoefficients c = w.coefficients();
            model.coefficientsProperty().set(c);
            search.status("Applied " + SearchText.triple(c) + " to the scaling panel.");
        });
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public BooleanBinding canApplyWinnerProperty() {
        return canApplyWinner;
    }
}
