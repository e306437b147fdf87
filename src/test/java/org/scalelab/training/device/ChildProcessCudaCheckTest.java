package org.scalelab.training.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The CUDA check in a real child JVM on this (CPU-only) class path: the real probe must fail with the reason, and a
 * child that hangs, dies or answers nonsense must never stop ScaleLab from starting on the CPU.
 */
class ChildProcessCudaCheckTest {

    /** Stands in for a driver that never returns. */
    public static final class Hangs {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(60_000);
        }
    }

    /** Stands in for a driver that crashes the process (SIGABRT's exit code) before answering. */
    public static final class Crashes {
        public static void main(String[] args) {
            System.out.println("a line that is not the answer");
            Runtime.getRuntime().halt(134);
        }
    }

    @Test
    void theRealProbeOnACpuOnlyClassPathSaysTheBuildHasNoCudaBackend() {
        CudaCheck.Result r = new ChildProcessCudaCheck(CudaProbe.class.getName(), Duration.ofSeconds(120)).run();
        assertFalse(r.ok());
        assertEquals("this build has no CUDA backend (org.nd4j.linalg.jcublas.JCublasBackend is missing; build with -Pcuda)",
                r.reason());
    }

    @Test
    void aHangingCheckTimesOut() {
        long start = System.nanoTime();
        CudaCheck.Result r = new ChildProcessCudaCheck(Hangs.class.getName(), Duration.ofSeconds(3)).run();
        assertFalse(r.ok());
        assertTrue(r.reason().startsWith("the CUDA check gave no answer within 3 s"), r.reason());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
    }

    @Test
    void aCrashingCheckIsAFailureWithItsExitCode() {
        CudaCheck.Result r = new ChildProcessCudaCheck(Crashes.class.getName(), Duration.ofSeconds(60)).run();
        assertFalse(r.ok());
        assertEquals("the CUDA check ended with exit code 134 without an answer (the driver or libnd4j crashed)", r.reason());
    }

    @Test
    void answersAreParsed() {
        String ok = "{\"ok\":true,\"gpu\":{\"name\":\"NVIDIA Test Card\",\"major\":9,\"minor\":0,\"totalBytes\":85899345920,"
                + "\"freeBytes\":84825604096,\"cuda\":\"runtime 11.6, driver 12.4\",\"cudnn\":\"8.3.2\","
                + "\"build\":\"nd4j-cuda-11.6 linux-x86_64-cudnn\",\"devices\":1}}";
        assertEquals(DeviceSelectorTest.CARD, ChildProcessCudaCheck.parse(ok).gpu());
        assertEquals("boom", ChildProcessCudaCheck.parse("{\"ok\":false,\"reason\":\"boom\"}").reason());
        assertTrue(ChildProcessCudaCheck.parse("not json").reason().startsWith("the CUDA check answered something unreadable"));
    }
}
