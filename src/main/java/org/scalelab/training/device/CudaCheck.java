package org.scalelab.training.device;

/** The start-up check of ND4J's CUDA backend: can it train here, and on what? */
@FunctionalInterface
public interface CudaCheck {

    Result run();

    /** Either the device found ({@code gpu} set) or the reason it cannot be used ({@code reason} set). */
    record Result(GpuInfo gpu, String reason) {
        public static Result ok(GpuInfo gpu) {
            return new Result(gpu, null);
        }

        public static Result failed(String reason) {
            return new Result(null, reason);
        }

        public boolean ok() {
            return gpu != null;
        }
    }
}
