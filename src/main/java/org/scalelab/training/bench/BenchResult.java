package org.scalelab.training.bench;

import java.util.Locale;

/**
 * One measurement of the training benchmark.
 *
 * @param net                the benchmark network ({@code plain28}, {@code mbconv32} or a preset name)
 * @param mode               {@code fit} (one training step per batch: forward, backward, Adam update) or
 *                           {@code output} (inference forward pass)
 * @param imagesPerSecond    batch × timed iterations ÷ wall-clock seconds
 * @param batch              images per iteration
 * @param threads            ND4J's thread limit while measuring
 * @param backendDescription the native build, whether DL4J's oneDNN layer helpers were on, the workspace mode
 */
public record BenchResult(String net, String mode, double imagesPerSecond, int batch, int threads,
                          String backendDescription) {

    /**
     * One JSON object on one line, with {@code net}, {@code mode}, {@code images_per_second}, {@code batch},
     * {@code threads} and {@code backend}; the same field names as the PyTorch peer's output.
     */
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"net\": %s, \"mode\": %s, \"images_per_second\": %.1f, \"batch\": %d, \"threads\": %d, \"backend\": %s}",
                quote(net), quote(mode), imagesPerSecond, batch, threads, quote(backendDescription));
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
