package org.scalelab.ui.runs;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import org.scalelab.training.RunRecord;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The runs table's rows: every run the workbench knows (stored for its data, finished this session, or precomputed by
 * the demo), one row each, kept up to date as runs finish. FX thread only; holds no controls.
 */
public final class RunsTableViewModel {
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");

    public RunsTableViewModel(WorkbenchModel model) {
        model.runs().addListener((MapChangeListener<String, RunRecord>) c -> {
            if (c.wasRemoved()) {
                rows.removeIf(r -> r.id().equals(c.getKey()));
            }
            if (c.wasAdded()) {
                rows.add(RunRow.of(c.getValueAdded()));
            }
            counted();
        });
        rows.setAll(model.runs().values().stream().map(RunRow::of)
                .sorted(Comparator.comparingLong(RunRow::finishedAt).reversed()).toList());
        counted();
    }

    private void counted() {
        count.set(rows.size() + (rows.size() == 1 ? " run" : " runs") + " for this data");
    }

    public ObservableList<RunRow> rows() {
        return rows;
    }

    /** "28 runs for this data". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
