package org.scalelab.training.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The build choice, with made-up CPU flags and class paths; nothing here loads ND4J. */
class NativeBackendChoiceTest {
    private static final Set<String> AVX512 = Set.of("avx2", "avx512f", "avx512bw", "avx512vl");
    private static final Set<String> AVX2 = Set.of("avx2", "fma");

    /** A class path that holds only the given builds' native folders. */
    private static ClassLoader holding(NativeBuild... builds) {
        return new ClassLoader(null) {
            @Override
            public URL getResource(String name) {
                for (NativeBuild b : builds) {
                    if (name.equals("org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64" + b.extension() + "/")) {
                        try {
                            return new URL("file:/" + name);
                        } catch (java.net.MalformedURLException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
                return null;
            }
        };
    }

    @Test
    void theBestBuildTheCpuRunsAndTheClassPathHolds() {
        ClassLoader all = holding(NativeBuild.values());
        assertEquals(NativeBuild.ONEDNN_AVX512, NativeBackend.choose(AVX512, null, "linux-x86_64", all).build());
        assertEquals(NativeBuild.ONEDNN_AVX2, NativeBackend.choose(AVX2, null, "linux-x86_64", all).build());
        assertEquals(NativeBuild.PLAIN, NativeBackend.choose(Set.of("sse4_2"), null, "linux-x86_64", all).build());
        assertEquals(NativeBuild.ONEDNN_AVX2, NativeBackend.choose(AVX512, null, "linux-x86_64",
                holding(NativeBuild.ONEDNN_AVX2, NativeBuild.PLAIN)).build());
        BackendChoice none = NativeBackend.choose(AVX512, null, "linux-x86_64", holding());
        assertEquals(NativeBuild.PLAIN, none.build());
        assertFalse(none.layerHelpers());
    }

    @Test
    void layerHelpersGoWithTheOneDnnBuildsOnly() {
        ClassLoader all = holding(NativeBuild.values());
        assertTrue(NativeBackend.choose(AVX512, null, "linux-x86_64", all).layerHelpers());
        assertFalse(NativeBackend.choose(AVX512, "plain", "linux-x86_64", all).layerHelpers());
        assertEquals("nd4j-native linux-x86_64-onednn-avx2, oneDNN layer helpers on",
                NativeBackend.choose(AVX512, "onednn-avx2", "linux-x86_64", all).describe());
    }

    @Test
    void anOverrideWinsButMustExist() {
        assertEquals(NativeBuild.PLAIN,
                NativeBackend.choose(AVX512, " PLAIN ", "linux-x86_64", holding(NativeBuild.values())).build());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NativeBackend.choose(AVX512, "onednn-avx512", "linux-x86_64", holding(NativeBuild.PLAIN)));
        assertTrue(e.getMessage().contains("linux-x86_64-onednn-avx512"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> NativeBackend.choose(AVX512, "avx9000", "linux-x86_64", holding(NativeBuild.values())));
    }
}
