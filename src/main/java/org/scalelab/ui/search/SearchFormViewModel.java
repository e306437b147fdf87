package org.scalelab.ui.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalelab.domain.search.Objective;
import org.scalelab.domain.search.SearchSpace;
import org.scalelab.format.Numbers;
import org.scalelab.training.search.ScoreSource;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.concurrent.Latest;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The search window's form and its live preview, without controls. Every change checks the form (grid, constraint,
 * halving schedule, ranking, seeds) and marks each problem in place; a valid form is previewed in the background
 * (candidates, distinct networks, their φ = 1 cost, the halving plan and its cost), the latest change winning. The
 * baseline, rounding policy, recipe and dataset come from the {@link WorkbenchModel}. FX thread only.
 */
public final class SearchFormViewModel {
    private final WorkbenchModel model;
    private final Latest<SearchPreview> previews;
    private final SearchPreview.Computer computer = new SearchPreview.Computer();

    private final Map<SearchField, StringProperty> texts = new EnumMap<>(SearchField.class);
    private final BooleanProperty trainFully = new SimpleBooleanProperty(this, "trainFully", false);
    private final ObjectProperty<Objective.Kind> ranking = new SimpleObjectProperty<>(this, "ranking", Objective.Kind.ACCURACY);
    private final ObjectProperty<ScoreSource> selectOn = new SimpleObjectProperty<>(this, "selectOn", ScoreSource.VALIDATION);
    private final Map<SearchField, ReadOnlyStringWrapper> fieldErrors = new EnumMap<>(SearchField.class);
    private final Map<SearchGroup, ReadOnlyStringWrapper> groupErrors = new EnumMap<>(SearchGroup.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);

    private final ReadOnlyObjectWrapper<SearchPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper previewPending = new ReadOnlyBooleanWrapper(this, "previewPending", false);
    private final ReadOnlyStringWrapper candidatesText = new ReadOnlyStringWrapper(this, "candidatesText", "");
    private final ReadOnlyStringWrapper planText = new ReadOnlyStringWrapper(this, "planText", "");
    private final ReadOnlyStringWrapper objectiveText = new ReadOnlyStringWrapper(this, "objectiveText", "");
    private final ReadOnlyStringWrapper defaultTargetText = new ReadOnlyStringWrapper(this, "defaultTargetText", "");
    private final Runnable onChecked;
    private final Consumer<SearchPreview> onPreview;

    /**
     * Checks nothing yet: {@link #refresh} makes the first check once the owner can take the calls.
     *
     * @param onChecked called after every check of the form, valid or not
     * @param onPreview called with every preview that arrives, also one equal to the last
     */
    SearchFormViewModel(WorkbenchModel model, BackgroundExecutor executor, Runnable onChecked,
                        Consumer<SearchPreview> onPreview) {
        this.model = model;
        this.previews = new Latest<>(executor);
        this.onChecked = onChecked;
        this.onPreview = onPreview;
        for (SearchField f : SearchField.values()) {
            StringProperty p = new SimpleStringProperty(this, f.name(), f.defaultText());
            p.addListener(o -> refresh());
            texts.put(f, p);
            fieldErrors.put(f, new ReadOnlyStringWrapper(this, f.name() + "Error", ""));
        }
        for (SearchGroup g : SearchGroup.values()) {
            groupErrors.put(g, new ReadOnlyStringWrapper(this, g.name() + "Error", ""));
        }
        trainFully.addListener(o -> refresh());
        ranking.addListener(o -> refresh());
        selectOn.addListener(o -> refresh());
        model.baselineProperty().addListener(o -> refresh());
        model.policyProperty().addListener(o -> refresh());
        model.recipeProperty().addListener(o -> refresh());
        model.datasetProperty().addListener(o -> refresh());
    }

    /** The form as it stands. */
    public SearchInputs inputs() {
        Map<SearchField, String> t = new EnumMap<>(SearchField.class);
        texts.forEach((f, p) -> t.put(f, p.get() == null ? "" : p.get()));
        return new SearchInputs(t, trainFully.get(), ranking.get(), selectOn.get());
    }

    /** Checks the form and previews it if valid; every change of the form or the workbench's inputs calls it. */
    void refresh() {
        SearchInputs.Checked checked = inputs().check(model.recipeProperty().get());
        for (SearchField f : SearchField.values()) {
            fieldErrors.get(f).set(checked.fieldErrors().getOrDefault(f, ""));
        }
        for (SearchGroup g : SearchGroup.values()) {
            groupErrors.get(g).set(checked.groupErrors().getOrDefault(g, ""));
        }
        valid.set(checked.valid());
        if (!checked.valid()) {
            previews.drop();
            previewPending.set(false);
            onChecked.run();
            return;
        }
        previewPending.set(true);
        onChecked.run();
        var baseline = model.baselineProperty().get();
        var policy = model.policyProperty().get();
        previews.submit(() -> computer.compute(baseline, policy, checked), p -> {
            previewPending.set(false);
            show(p);
        }, e -> {
            previewPending.set(false);
            groupErrors.get(SearchGroup.GRID).set("cannot enumerate this grid: " + e.getMessage());
            valid.set(false);
        });
    }

    private void show(SearchPreview p) {
        SearchSpace space = p.space();
        defaultTargetText.set(Numbers.grouped(Objective.defaultTarget(space.baselineCost().macs(),
                space.constraint().target())));
        candidatesText.set(SearchMessages.candidates(space));
        planText.set(SearchMessages.plan(p));
        objectiveText.set(SearchMessages.objective(p.settings().objective(), selectOn.get(), space));
        preview.set(p);
        onPreview.accept(p);
    }

    public StringProperty textProperty(SearchField field) {
        return texts.get(field);
    }

    /** Why this field is wrong; empty when it is fine. */
    public ReadOnlyStringProperty errorProperty(SearchField field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    /** The problems of a part of the form, shown in place; empty when it is fine. */
    public ReadOnlyStringProperty errorProperty(SearchGroup group) {
        return groupErrors.get(group).getReadOnlyProperty();
    }

    public BooleanProperty trainFullyProperty() {
        return trainFully;
    }

    public ObjectProperty<Objective.Kind> rankingProperty() {
        return ranking;
    }

    public ObjectProperty<ScoreSource> selectOnProperty() {
        return selectOn;
    }

    /** The whole form is valid (and so previewed). */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The preview of the last valid form; set after its texts, so a listener reads them up to date. */
    public ReadOnlyObjectProperty<SearchPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** A preview is being computed for the form as it stands. */
    public ReadOnlyBooleanProperty previewPendingProperty() {
        return previewPending.getReadOnlyProperty();
    }

    /** How many candidates the constraint gives and how many distinct networks they round to. */
    public ReadOnlyStringProperty candidatesTextProperty() {
        return candidatesText.getReadOnlyProperty();
    }

    /** The plan's totals: runs, epochs, compared with training every network fully. */
    public ReadOnlyStringProperty planTextProperty() {
        return planText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty objectiveTextProperty() {
        return objectiveText.getReadOnlyProperty();
    }

    /** The default T of the MnasNet objective (the baseline's MACs × the target), as a hint for an empty T. */
    public ReadOnlyStringProperty defaultTargetTextProperty() {
        return defaultTargetText.getReadOnlyProperty();
    }
}
