package org.scalelab.training.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;

/** Which device trained a run, and each of its epochs, so that timings are never compared across devices. */
class DeviceKindStoreTest {
    private static final String GPU = "GPU, NVIDIA Test Card (compute 9.0, 79.1 GiB), nd4j-cuda-11.6 linux-x86_64-cudnn";
    private static final String CPU = "CPU, nd4j-native linux-x86_64-onednn-avx2, oneDNN layer helpers on";

    @TempDir
    Path dir;

    private static RunResult result(String device) {
        return new RunResult(0.9, 12, 900, 1.5, device);
    }

    @Test
    void aRunTrainedOnOneDeviceKeepsItsKind() throws Exception {
        try (ExperimentStore store = ExperimentStore.open(dir.resolve("a.db"))) {
            long e = store.createExperiment("x", null).id();
            RunRequest gpuRun = Requests.miniEffnet(1);
            RunRequest cpuRun = Requests.miniEffnet(2);
            for (RunRequest r : new RunRequest[] {gpuRun, cpuRun}) {
                store.enqueue(e, r, 1, 1);
                String device = r == gpuRun ? GPU : CPU;
                store.markRunning(r.key(), device);
                store.recordEpoch(r.key(), Requests.epoch(1), Requests.checkpointAfter(1));
                store.finish(r.key(), result(device));
            }
            RunRecord g = store.find(gpuRun.key()).orElseThrow();
            assertEquals(DeviceKind.GPU, g.result().deviceKind());
            assertEquals(GPU, g.result().device());
            assertEquals(DeviceKind.CPU, store.find(cpuRun.key()).orElseThrow().result().deviceKind());
        }
        assertEquals("CPU\nGPU\n", RawSqlite.text(dir.resolve("a.db"), "SELECT device_kind FROM epochs ORDER BY device_kind"));
    }

    @Test
    void aRunResumedOnAnotherKindOfDeviceIsMixed() throws Exception {
        try (ExperimentStore store = ExperimentStore.open(dir.resolve("b.db"))) {
            long e = store.createExperiment("x", null).id();
            RunRequest r = Requests.miniEffnet(3);
            String id = store.enqueue(e, r, 1, 1).id();
            store.markRunning(id, GPU);
            store.recordEpoch(id, Requests.epoch(1), Requests.checkpointAfter(1));
            store.markInterrupted(); // the GPU process died; the next start fell back to the CPU
            store.enqueue(e, r, 1, 1);
            store.markRunning(id, CPU);
            store.recordEpoch(id, Requests.epoch(2), Requests.checkpointAfter(2));
            store.finish(id, result(CPU));

            RunResult stored = store.find(id).orElseThrow().result();
            assertEquals(DeviceKind.MIXED, stored.deviceKind());
            assertTrue(stored.device().startsWith(CPU), stored.device());
            assertTrue(stored.device().endsWith("(resumed across devices: epochs on CPU and GPU)"), stored.device());
        }
        assertEquals("1 | GPU\n2 | CPU\n", RawSqlite.text(dir.resolve("b.db"), "SELECT epoch, device_kind FROM epochs ORDER BY epoch"));
    }

    @Test
    void theKindIsReadFromTheDescriptionsFirstWord() {
        assertEquals(DeviceKind.GPU, DeviceKind.of(GPU));
        assertEquals(DeviceKind.CPU, DeviceKind.of(CPU));
        assertEquals(DeviceKind.CPU, DeviceKind.of("test CPU"));
        assertEquals(DeviceKind.CPU, DeviceKind.of(null));
        assertEquals(DeviceKind.GPU, new RunResult(1, 1, 1, 1, "gpu, lower case").deviceKind());
    }
}
