package org.nd4j.nativeblas;

/**
 * Restores DL4J 1.0.0-M2.1's oneDNN layer helpers. DL4J's {@code BaseMKLDNNHelper} looks up
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment} by reflection and calls {@code getInstance().isUseMKLDNN()};
 * in M2.1 that class moved to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and the method
 * became {@code isUseONEDNN()}, so the look-up fails and the helpers are never used (docs/decisions/onednn-helpers.md
 * has the measurements). This class
 * answers under the old name. It must stay on the class path (a split package, not the module path).
 */
public final class Nd4jCpu {
    private Nd4jCpu() {
    }

    /** The old name of the native environment; only what BaseMKLDNNHelper calls. */
    public static final class Environment {
        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether the loaded native build was compiled with oneDNN. */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
