package org.scalelab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

class RunsTableViewModelTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
    private final RunsTableViewModel vm = new RunsTableViewModel(model);

    private RunRecord done(double phi, double accuracy) {
        var v = model.gridProperty().get().stream().filter(x -> x.phi() == phi).findFirst().orElseThrow();
        RunRequest q = model.requestFor(v);
        return new RunRecord(q.key(), q, RunStatus.DONE, List.of(), new RunResult(accuracy, 75, 100, 1,
                "CPU, test"), null, 0, 1_700_000_000_000L);
    }

    @Test
    void rowsFollowTheRunsAsTheyFinish() {
        assertEquals("0 runs for this data", vm.countProperty().get());
        RunRecord a = done(0, 0.8);
        model.runs().put(a.id(), a);
        RunRecord b = done(1, 0.85);
        model.runs().put(b.id(), b);
        assertEquals(2, vm.rows().size());
        assertEquals("2 runs for this data", vm.countProperty().get());
        model.runs().put(a.id(), done(0, 0.81));
        assertEquals(2, vm.rows().size(), "a run stored again replaces its row");
        assertEquals(0.81, vm.rows().stream().filter(r -> r.id().equals(a.id())).findFirst().orElseThrow().accuracy());
        model.runs().remove(b.id());
        assertEquals(1, vm.rows().size());
    }

    @Test
    void aRowShowsWhatTheTableNeeds() {
        RunRow r = RunRow.of(done(1, 0.8123));
        assertEquals("81.2 %", r.accuracyText());
        assertEquals("1 min 15 s", r.secondsText());
        assertEquals("1.00", r.phiText());
        assertEquals(8, r.shortId().length());
        assertEquals("3 ep · batch 64 · lr 0.002 · seed 42", r.recipe());
    }
}
