package org.scalelab.domain.cost;

/**
 * Cost of one part of the network: the stem, a stage, the head or the classifier.
 *
 * @param label         "stem", "stage 1" … "head", "classifier"
 * @param notation      the stage notation, or a short description for the other parts
 * @param blocks        blocks in the stage (1 for the other parts)
 * @param outResolution spatial size of the part's output
 */
public record StageCost(String label, String notation, int blocks, int outChannels, int outResolution,
                        long params, long bnStats, long macs, long activations) {
}
