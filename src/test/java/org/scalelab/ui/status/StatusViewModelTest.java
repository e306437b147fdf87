package org.scalelab.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.service.PortStub;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.training.TrainingPanelViewModel;
import org.scalelab.ui.workbench.WorkbenchModel;

class StatusViewModelTest {
    private final DirectExecutor executor = new DirectExecutor();
    private final AtomicLong used = new AtomicLong(300L << 20);

    private static final class Stub extends PortStub {
        final List<RunRequest> submitted = new java.util.ArrayList<>();

        @Override
        public RunRecord submit(long experiment, RunRequest request, long params, long macs) {
            submitted.add(request);
            return new RunRecord(request.key(), request, org.scalelab.training.RunStatus.QUEUED, List.of(), null, null, 0, 0);
        }

        @Override
        public String device() {
            return "CPU, nd4j-native test";
        }

        @Override
        public Path database() {
            return Path.of("/data/scalelab.db");
        }
    }

    private StatusViewModel create(TrainingPanelViewModel[] panel) {
        Stub stub = new Stub();
        WorkbenchModel model = new WorkbenchModel(executor);
        panel[0] = new TrainingPanelViewModel(model, stub, executor);
        return new StatusViewModel(stub, panel[0], executor, used::get, () -> 1024L << 20);
    }

    @Test
    void showsBackendAndDatabase() {
        StatusViewModel vm = create(new TrainingPanelViewModel[1]);
        assertTrue(vm.backendProperty().get().startsWith("ND4J: CPU, nd4j-native test · "), vm.backendProperty().get());
        assertEquals("DB: /data/scalelab.db", vm.databaseProperty().get());
    }

    @Test
    void theDeviceTextIsShownAsTheBackendGivesIt() {
        assertEquals("ND4J: GPU, NVIDIA Test Card (compute 9.0, 79.1 GiB)",
                StatusViewModel.backendText("GPU, NVIDIA Test Card (compute 9.0, 79.1 GiB)"));
        String fallback = "CPU, nd4j-native linux-x86_64-onednn-avx2 · 2 threads · no GPU: no NVIDIA driver: libcuda.so.1 is"
                + " not installed or not on the library path";
        assertEquals("ND4J: " + fallback, StatusViewModel.backendText(fallback));
        assertTrue(StatusViewModel.backendText("CPU, nd4j-native test").matches("ND4J: CPU, nd4j-native test · \\d+ threads"));
        assertEquals("ND4J: CPU, nd4j-native test · 1 job × 1 thread",
                StatusViewModel.backendText("CPU, nd4j-native test · 1 job × 1 thread"), "the jobs' threads are not repeated");
        assertEquals("Jobs on Spark spark://h:7077, 1 core(s) per run",
                StatusViewModel.backendText("CPU, Spark spark://h:7077, 1 core(s) per run"),
                "on a cluster: where the jobs train, not this machine's threads");
    }

    @Test
    void memoryFollowsRefresh() {
        StatusViewModel vm = create(new TrainingPanelViewModel[1]);
        used.set(512L << 20);
        vm.refreshMemory();
        assertEquals("Memory: 512 MiB of 1,024 MiB", vm.memoryProperty().get());
    }

    @Test
    void jobsCountQueuedRuns() {
        TrainingPanelViewModel[] panel = new TrainingPanelViewModel[1];
        StatusViewModel vm = create(panel);
        assertEquals("no jobs", vm.jobsProperty().get());
        panel[0].trainSelected();
        assertEquals("0 running · 1 queued", vm.jobsProperty().get());
    }
}
