package org.scalelab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.service.RunEvent;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.training.FakeTraining;

class RunCurvesViewModelTest {
    private final FakeTraining backend = new FakeTraining();
    private final RunCurvesViewModel vm = new RunCurvesViewModel(backend, new DirectExecutor());

    private static EpochMetrics epoch(int n) {
        return new EpochMetrics(n, 1.0 / n, 0.5 + n / 100.0, 0.5 + n / 200.0, 100, 1);
    }

    @Test
    void aFinishedRunsCurvesComeFromTheStore() {
        List<EpochMetrics> stored = List.of(epoch(1), epoch(2));
        backend.epochs.put("r1", stored);
        vm.show("r1", "run one", List.of());
        assertEquals(stored, vm.curves().get(0).epochs());
    }

    @Test
    void runsAreOverlaidUpToTheLimitTheOldestGoingFirst() {
        for (int i = 0; i <= RunCurvesViewModel.MAX_RUNS; i++) {
            vm.show("r" + i, "run " + i, List.of(epoch(1)));
        }
        assertEquals(RunCurvesViewModel.MAX_RUNS, vm.curves().size());
        assertEquals("r1", vm.curves().get(0).runId());
        vm.show("r3", "run 3", List.of(epoch(1), epoch(2)));
        assertEquals(RunCurvesViewModel.MAX_RUNS, vm.curves().size(), "showing a run again refreshes it in place");
        vm.remove("r3");
        assertTrue(vm.curves().stream().noneMatch(c -> c.runId().equals("r3")));
        vm.clear();
        assertTrue(vm.curves().isEmpty());
    }

    @Test
    void aRunInTrainingGainsItsEpochsAsTheyEnd() {
        vm.show("live", "live run", List.of(epoch(1)));
        backend.emit(new RunEvent.EpochDone("live", epoch(2)));
        backend.emit(new RunEvent.EpochDone("other", epoch(2)));
        assertEquals(List.of(epoch(1), epoch(2)), vm.curves().get(0).epochs());
        assertEquals(1, vm.curves().size());
    }
}
