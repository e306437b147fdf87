package org.scalelab.training.bench;

import java.util.Locale;
import org.scalelab.training.dl4j.LayerSet;

/**
 * One measurement of the training benchmark.
 *
 * @param net                the benchmark network ({@code plain28}, {@code mbconv32} or a preset name)
 * @param mode               {@code fit} (one training step per batch: forward, backward, Adam update) or
 *                           {@code output} (inference forward pass)
 * @param imagesPerSecond    batch × timed iterations × jobs ÷ wall-clock seconds
 * @param batch              images per iteration
 * @param threads            ND4J's thread limit of each job while measuring
 * @param jobs               networks trained at once (sweep mode when more than 1), images/s summed over them
 * @param builder            how the networks were built ({@value TrainingBench#BUILDER})
 * @param layers             which layer classes: ScaleLab's faster ones (FAST) or DL4J's own (STOCK)
 * @param backendDescription the native build, whether DL4J's oneDNN layer helpers were on, the workspace mode
 * @param coresUsed          cores this process used while timing (CPU time ÷ wall time)
 * @param othersCores        cores the rest of the machine used meanwhile (NaN where unknown): a figure taken
 *                           while others used a core is not a quiet-machine figure
 */
public record BenchResult(String net, String mode, double imagesPerSecond, int batch, int threads, int jobs,
                          String builder, LayerSet layers, String backendDescription, double coresUsed,
                          double othersCores) {

    /**
     * One JSON object on one line, with {@code net}, {@code mode}, {@code images_per_second}, {@code batch},
     * {@code threads} and {@code jobs} (the PyTorch peer's names), {@code builder}, {@code layers}, {@code backend},
     * {@code cores_used} and {@code others_cores} (null where unknown).
     */
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"net\": %s, \"mode\": %s, \"images_per_second\": %.1f, \"batch\": %d, \"threads\": %d, \"jobs\": %d, "
                        + "\"builder\": %s, \"layers\": %s, \"backend\": %s, \"cores_used\": %s, \"others_cores\": %s}",
                quote(net), quote(mode), imagesPerSecond, batch, threads, jobs, quote(builder), quote(layers.name()),
                quote(backendDescription),
                number(coresUsed), number(othersCores));
    }

    private static String number(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.2f", x) : "null";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
