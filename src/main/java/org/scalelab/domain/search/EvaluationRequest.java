package org.scalelab.domain.search;

/**
 * Train this network for this many epochs.
 *
 * @param rung      the rung it belongs to; for extra seeds, the last rung
 * @param replicate 0 for the first seed; 1, 2, … for the repeats of a finalist (the trainer maps it to a seed)
 */
public record EvaluationRequest(CandidateNetwork network, int rung, int epochs, int replicate) {
}
