package org.scalelab.training.device;

import java.util.Locale;

/** Turns whatever the CUDA backend threw while starting into one line a user can act on. */
final class CudaFailure {
    private static final int LIMIT = 240;

    private CudaFailure() {
    }

    static String explain(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = firstLine(root.getMessage());
        String all = (firstLine(t.getMessage()) + " " + message).toLowerCase(Locale.ROOT);
        if (all.contains("libcuda.so")) {
            return "no NVIDIA driver: libcuda.so.1 is not installed or not on the library path";
        }
        if (all.contains("no cuda devices") || all.contains("no cuda-capable device")) {
            return "the NVIDIA driver sees no CUDA device";
        }
        if (all.contains("insufficient") && all.contains("driver")) {
            return "the NVIDIA driver is too old for CUDA 11.6 (" + trim(message) + ")";
        }
        if (all.contains("no kernel image") || all.contains("invalid device function")) {
            return "this GPU's compute capability is not supported by nd4j-cuda-11.6 (" + trim(message) + ")";
        }
        if (all.contains("out of memory")) {
            return "the GPU ran out of memory while ND4J started (" + trim(message) + ")";
        }
        if (root instanceof ClassNotFoundException || root instanceof NoClassDefFoundError) {
            return "this build has no CUDA backend (" + trim(message) + " is missing; build with -Pcuda)";
        }
        return trim(root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).trim();
    }

    private static String trim(String s) {
        return s.length() <= LIMIT ? s : s.substring(0, LIMIT - 1) + "…";
    }
}
