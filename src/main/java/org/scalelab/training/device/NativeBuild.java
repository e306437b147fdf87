package org.scalelab.training.device;

import java.util.Locale;
import java.util.Set;

/**
 * The nd4j-native builds ScaleLab ships, best first. They differ by JavaCPP platform extension: the oneDNN builds
 * run convolutions through oneDNN (with DL4J's layer helpers, 10× faster on small CNNs), the plain one is the
 * fallback for any x86-64 CPU.
 */
public enum NativeBuild {
    ONEDNN_AVX512("onednn-avx512", "-onednn-avx512", Set.of("avx512f", "avx512bw", "avx512vl", "avx2")),
    ONEDNN_AVX2("onednn-avx2", "-onednn-avx2", Set.of("avx2")),
    PLAIN("plain", "", Set.of());

    private final String id;
    private final String extension;
    private final Set<String> requiredFlags;

    NativeBuild(String id, String extension, Set<String> requiredFlags) {
        this.id = id;
        this.extension = extension;
        this.requiredFlags = requiredFlags;
    }

    public String id() {
        return id;
    }

    /** The JavaCPP platform extension, e.g. {@code -onednn-avx512}. */
    public String extension() {
        return extension;
    }

    public boolean usesOneDnn() {
        return extension.contains("onednn");
    }

    public boolean runsOn(Set<String> cpuFlags) {
        return cpuFlags.containsAll(requiredFlags);
    }

    /** Whether the jar with this build's natives is on the class path, for the given JavaCPP platform. */
    public boolean presentFor(String platform, ClassLoader loader) {
        String resource = "org/nd4j/linalg/cpu/nativecpu/bindings/" + platform + extension + "/";
        return loader.getResource(resource) != null;
    }

    public static NativeBuild parse(String id) {
        String n = id.trim().toLowerCase(Locale.ROOT);
        for (NativeBuild b : values()) {
            if (b.id.equals(n)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown nd4j-native build '" + id + "'; expected onednn-avx512, onednn-avx2 or plain");
    }
}
