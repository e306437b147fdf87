package org.scalelab.training.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What ND4J's CUDA backend throws when it cannot start, as one line. */
class CudaFailureTest {

    @Test
    void aMissingDriver() {
        // As the -Pcuda build threw it on a machine without an NVIDIA driver, wrapped as ND4J wraps it.
        Throwable t = new RuntimeException(new UnsatisfiedLinkError("/root/.cache/scalelab/javacpp/cuda-11.6-8.3-1.5.7-linux"
                + "-x86_64.jar/org/bytedeco/cuda/linux-x86_64/libjnicudart.so: libcuda.so.1: cannot open shared object file:"
                + " No such file or directory"));
        assertEquals("no NVIDIA driver: libcuda.so.1 is not installed or not on the library path", CudaFailure.explain(t));
    }

    @Test
    void noDeviceOldDriverUnsupportedGpuOutOfMemory() {
        assertEquals("the NVIDIA driver sees no CUDA device",
                CudaFailure.explain(new RuntimeException("No CUDA devices were found in system")));
        assertTrue(CudaFailure.explain(new RuntimeException("cudaErrorInsufficientDriver: CUDA driver version is insufficient"
                + " for CUDA runtime version")).startsWith("the NVIDIA driver is too old for CUDA 11.6"));
        assertTrue(CudaFailure.explain(new IllegalStateException("Op [matmul] execution failed",
                new RuntimeException("cudaErrorNoKernelImageForDevice: no kernel image is available for execution on the device")))
                .startsWith("this GPU's compute capability is not supported"));
        assertTrue(CudaFailure.explain(new RuntimeException("Failed to allocate 2147483648 bytes: out of memory"))
                .startsWith("the GPU ran out of memory while ND4J started"));
    }

    @Test
    void missingClassesAndAnythingElse() {
        assertEquals("this build has no CUDA backend (org.nd4j.linalg.jcublas.JCublasBackend is missing; build with -Pcuda)",
                CudaFailure.explain(new ClassNotFoundException("org.nd4j.linalg.jcublas.JCublasBackend")));
        String s = CudaFailure.explain(new IllegalStateException("first line\n\tat some.Frame\n" + "x".repeat(500)));
        assertEquals("IllegalStateException: first line", s);
        assertTrue(CudaFailure.explain(new RuntimeException("y".repeat(1000))).length() <= 240);
    }
}
