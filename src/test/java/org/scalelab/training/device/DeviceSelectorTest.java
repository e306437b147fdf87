package org.scalelab.training.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.scalelab.training.DeviceKind;

/** Every branch of the GPU/CPU choice, with made-up builds and CUDA checks; nothing here loads ND4J. */
class DeviceSelectorTest {
    static final GpuInfo CARD = new GpuInfo("NVIDIA Test Card", 9, 0, 80L << 30, 79L << 30, "runtime 11.6, driver 12.4",
            "8.3.2", "nd4j-cuda-11.6 linux-x86_64-cudnn", 1);
    private final AtomicInteger checks = new AtomicInteger();

    private CudaCheck answering(CudaCheck.Result r) {
        return () -> {
            checks.incrementAndGet();
            return r;
        };
    }

    @Test
    void cpuNeverAsksTheGpu() {
        DeviceSelector.Decision d = DeviceSelector.decide(DeviceMode.CPU, true, answering(CudaCheck.Result.ok(CARD)));
        assertEquals(DeviceKind.CPU, d.kind());
        assertFalse(d.fellBack());
        assertEquals(0, checks.get());
    }

    @Test
    void theDefaultBuildTrainsOnTheCpuWithoutACheck() {
        DeviceSelector.Decision d = DeviceSelector.decide(DeviceMode.AUTO, false, answering(CudaCheck.Result.ok(CARD)));
        assertEquals(DeviceKind.CPU, d.kind());
        assertFalse(d.fellBack(), "nothing fell back: no GPU was possible");
        assertTrue(d.reason().contains("no CUDA backend"), d.reason());
        assertEquals(0, checks.get());
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class,
                () -> DeviceSelector.decide(DeviceMode.GPU, false, answering(CudaCheck.Result.ok(CARD))));
        assertTrue(e.getMessage().startsWith("--device gpu: this build has no CUDA backend"), e.getMessage());
    }

    @Test
    void aGpuThatStartsIsTaken() {
        for (DeviceMode m : new DeviceMode[] {DeviceMode.AUTO, DeviceMode.GPU}) {
            DeviceSelector.Decision d = DeviceSelector.decide(m, true, answering(CudaCheck.Result.ok(CARD)));
            assertEquals(DeviceKind.GPU, d.kind());
            assertEquals(CARD, d.gpu());
            assertFalse(d.fellBack());
        }
        assertEquals(2, checks.get());
    }

    @Test
    void autoFallsBackToTheCpuSayingWhy() {
        DeviceSelector.Decision d = DeviceSelector.decide(DeviceMode.AUTO, true,
                answering(CudaCheck.Result.failed("no NVIDIA driver: libcuda.so.1 is not installed or not on the library path")));
        assertEquals(DeviceKind.CPU, d.kind());
        assertTrue(d.fellBack());
        assertNull(d.gpu());
        assertEquals("the CUDA backend cannot start: no NVIDIA driver: libcuda.so.1 is not installed or not on the library"
                + " path; training on the CPU", d.reason());
        assertFalse(d.reason().contains("\n"));
    }

    @Test
    void gpuRefusesToFallBack() {
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class, () -> DeviceSelector.decide(
                DeviceMode.GPU, true, answering(CudaCheck.Result.failed("the NVIDIA driver sees no CUDA device"))));
        assertEquals("--device gpu: the CUDA backend cannot start: the NVIDIA driver sees no CUDA device", e.getMessage());
    }

    @Test
    void theModeComesFromTheOptionThePropertyOrTheEnvironment() {
        assertEquals(DeviceMode.AUTO, DeviceMode.configured(null, Map.of()));
        assertEquals(DeviceMode.CPU, DeviceMode.configured(null, Map.of(DeviceMode.VARIABLE, "cpu")));
        assertEquals(DeviceMode.GPU, DeviceMode.configured(" GPU ", Map.of(DeviceMode.VARIABLE, "cpu")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceMode.parse("tpu"));
        assertEquals("unknown device 'tpu'; expected auto, cpu or gpu", e.getMessage());
    }
}
