package org.scalelab.domain.search;

/**
 * A network's result in one rung (for the last rung with several seeds: the first seed's run).
 *
 * @param accuracy     selection accuracy, NaN if the run failed
 * @param testAccuracy test accuracy, NaN if the run failed
 * @param score        the objective of {@code accuracy}
 */
public record RungScore(int rung, int epochs, double accuracy, double testAccuracy, double score, String runId,
                        boolean cached) {
}
