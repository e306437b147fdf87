package org.scalelab.training.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageNotation;
import org.scalelab.domain.spec.StemSpec;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Optimizer;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.device.CudaCheck;
import org.scalelab.training.device.DeviceMode;
import org.scalelab.training.device.DeviceReport;
import org.scalelab.training.device.DeviceStartup;
import org.scalelab.training.device.DeviceUnavailableException;
import org.scalelab.training.engine.VariantData;
import org.scalelab.training.store.ExperimentStore;

/**
 * The CUDA backend failing on a machine without a GPU, as the -Pcuda build meets it here: ScaleLab says why in one
 * line, starts ND4J on the CPU, and the runs a GPU process left behind train there.
 */
class CpuFallbackTest {
    private static final String NO_DRIVER = "no NVIDIA driver: libcuda.so.1 is not installed or not on the library path";
    private static final NetworkSpec NET = new NetworkSpec("tiny", "", new InputSpec(1, TinyDataset.SIZE, 4),
            new StemSpec(3, 1, 8, Activation.RELU, false), List.of(StageNotation.parse("cn_r1_k3_s2_c16_relu")),
            HeadSpec.NONE, new ClassifierSpec(0));
    private static final Recipe RECIPE = new Recipe(3, 16, Optimizer.ADAM, 1e-2, LearningRateSchedule.COSINE, 0, 5, 0, 0.1);

    @Test
    void aFailingCudaBackendFallsBackToTheCpuAndQueuedWorkTrainsThere(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("runs.db");
        RunRequest left = new RunRequest("tiny", "test", 0, Multipliers.IDENTITY, NET, "tiny", RECIPE);
        RunRequest queued = new RunRequest("tiny", "test", 1, Multipliers.IDENTITY, NET, "tiny", RECIPE.withSeed(6));
        var cost = CostModel.of(NET);
        // A GPU process was training one run and had another queued when it died.
        try (ExperimentStore store = ExperimentStore.open(db)) {
            long e = store.createExperiment("workbench", null).id();
            store.enqueue(e, left, cost.params(), cost.macs());
            store.enqueue(e, queued, cost.params(), cost.macs());
            store.markRunning(left.key(), "GPU, NVIDIA Test Card (compute 9.0, 79.1 GiB), nd4j-cuda-11.6 linux-x86_64-cudnn");
        }

        // The next start: the build has the CUDA backend, but its check fails as it does without a driver.
        CudaCheck noDriver = () -> CudaCheck.Result.failed(NO_DRIVER);
        DeviceReport report = new DeviceStartup(DeviceMode.AUTO, true, noDriver, getClass().getClassLoader()).start();

        assertEquals(DeviceKind.CPU, report.kind());
        assertTrue(report.fellBack());
        assertEquals("the CUDA backend cannot start: " + NO_DRIVER + "; training on the CPU", report.reason());
        assertTrue(report.summary().endsWith(" · no GPU: " + NO_DRIVER), report.summary());
        assertTrue(report.describe().startsWith("CPU, nd4j-native linux-x86_64"), report.describe());
        assertNull(report.gpu());
        assertEquals("CpuBackend", report.nd4jBackend());
        assertTrue(Nd4j.getEnvironment().isCPU());
        // ND4J is told not to try the CUDA backend again (it would print a stack trace and fail the same way):
        // its class loader now lists only the CPU backend.
        assertEquals(List.of("org.nd4j.linalg.cpu.nativecpu.CpuBackend"), java.util.ServiceLoader.load(
                org.nd4j.linalg.factory.Nd4jBackend.class, ND4JClassLoading.getNd4jClassloader()).stream()
                .map(p -> p.type().getName()).toList());

        try (ExperimentStore store = ExperimentStore.open(db)) {
            VariantData tiny = new VariantData(TinyDataset.create("tiny"));
            try (ExperimentService service = new ExperimentService(store, id -> tiny, dir.resolve("checkpoints"),
                    report.describe(), 1)) {
                assertEquals(1, service.recover().size());
                long e = store.experiments().get(0).id();
                service.submit(e, queued, cost.params(), cost.macs());
                assertTrue(service.awaitIdle(3, TimeUnit.MINUTES));
            }
            for (RunRequest r : List.of(left, queued)) {
                RunRecord done = store.find(r.key()).orElseThrow();
                assertEquals(RunStatus.DONE, done.status(), String.valueOf(done.error()));
                assertEquals(DeviceKind.CPU, done.result().deviceKind());
                assertEquals(report.describe(), done.result().device());
                assertTrue(done.result().testAccuracy() > 0.5, "trained for real: " + done.result().testAccuracy());
            }
        }
    }

    @Test
    void gpuAskedForExplicitlyRefusesToFallBack() {
        CudaCheck noDriver = () -> CudaCheck.Result.failed(NO_DRIVER);
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class,
                () -> new DeviceStartup(DeviceMode.GPU, true, noDriver, getClass().getClassLoader()).start());
        assertEquals("--device gpu: the CUDA backend cannot start: " + NO_DRIVER, e.getMessage());
    }

    @Test
    void aGpuThatPassedTheCheckButCannotStartHereStopsBeforeTrainingAnything() {
        // The check says yes, but this class path has no CUDA backend: ND4J cannot switch devices once loaded, so
        // ScaleLab stops with the reason and leaves every run in the database.
        CudaCheck yes = () -> CudaCheck.Result.ok(new org.scalelab.training.device.GpuInfo("NVIDIA Test Card", 9, 0, 1L << 34,
                1L << 34, "", "", "nd4j-cuda-11.6 linux-x86_64", 1));
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class,
                () -> new DeviceStartup(DeviceMode.AUTO, true, yes, getClass().getClassLoader()).start());
        assertTrue(e.getMessage().startsWith("the GPU passed the start-up check, but ND4J's CUDA backend failed to start"
                + " here: this build has no CUDA backend"), e.getMessage());
        assertTrue(e.getMessage().endsWith("run again with --device cpu"), e.getMessage());
    }
}
