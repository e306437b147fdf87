package org.scalelab.training.device;

/** Which nd4j-native build this process uses and why; shown by the CLI and the status bar. */
public record BackendChoice(NativeBuild build, String platform, boolean layerHelpers, String reason) {

    /** For tables and stored results, e.g. {@code nd4j-native linux-x86_64-onednn-avx512, oneDNN helpers on}. */
    public String describe() {
        return "nd4j-native " + platform + build.extension() + (layerHelpers ? ", oneDNN layer helpers on" : "");
    }
}
