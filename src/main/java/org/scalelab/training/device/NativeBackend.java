package org.scalelab.training.device;

import java.util.Set;

/**
 * Chooses the nd4j-native build for this CPU before ND4J loads, by setting JavaCPP's platform extension:
 * the best oneDNN build the CPU supports and the class path holds, the plain build as the last resort.
 * {@code -Dscalelab.nd4j.build=plain|onednn-avx2|onednn-avx512} overrides the choice.
 *
 * <p>It also turns DL4J's oneDNN layer helpers on (see {@code org.nd4j.nativeblas.Nd4jCpu}): DL4J 1.0.0-M2.1
 * ships them disabled by default ({@code org.eclipse.deeplearning4j.helpers.disable=true}). They are kept to
 * NCHW layouts, where a test holds their outputs and gradients equal to the built-in path.
 */
public final class NativeBackend {
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    public static final String HELPERS_DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";
    public static final String OVERRIDE_PROPERTY = "scalelab.nd4j.build";
    static final String PLATFORM = "linux-x86_64";

    private static BackendChoice chosen;

    private NativeBackend() {
    }

    /** Decides once per process; call before the first use of ND4J. */
    public static synchronized BackendChoice configure() {
        if (chosen == null) {
            chosen = choose(CpuFlags.detect(), System.getProperty(OVERRIDE_PROPERTY), platform(),
                    NativeBackend.class.getClassLoader());
            System.setProperty(EXTENSION_PROPERTY, chosen.build().extension());
            if (System.getProperty(HELPERS_DISABLE_PROPERTY) == null) {
                System.setProperty(HELPERS_DISABLE_PROPERTY, Boolean.toString(!chosen.layerHelpers()));
            }
        }
        return chosen;
    }

    static BackendChoice choose(Set<String> flags, String override, String platform, ClassLoader loader) {
        if (override != null && !override.isBlank()) {
            NativeBuild b = NativeBuild.parse(override);
            if (!b.presentFor(platform, loader)) {
                throw new IllegalStateException("-D" + OVERRIDE_PROPERTY + "=" + override + ": the " + platform + b.extension()
                        + " natives are not on the class path");
            }
            return new BackendChoice(b, platform, b.usesOneDnn(), "chosen with -D" + OVERRIDE_PROPERTY);
        }
        for (NativeBuild b : NativeBuild.values()) {
            if (b.runsOn(flags) && b.presentFor(platform, loader)) {
                String why = b == NativeBuild.PLAIN ? "no oneDNN build for this CPU on the class path"
                        : "best build this CPU supports";
                return new BackendChoice(b, platform, b.usesOneDnn(), why);
            }
        }
        return new BackendChoice(NativeBuild.PLAIN, platform, false, "no native build found on the class path");
    }

    /** JavaCPP's platform name; ScaleLab's Linux builds ship linux-x86_64 natives. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        String o = os.contains("win") ? "windows" : os.contains("mac") ? "macosx" : "linux";
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
        return o + "-" + a;
    }
}
