package org.scalelab.domain.search;

/**
 * A network's score in a rung, for selection.
 *
 * @param network index of the {@link CandidateNetwork}
 * @param score   the ranking objective; NaN when the run failed (never promoted)
 * @param macs    the network's MACs: the first tie-breaker (cheaper first)
 */
public record Scored(int network, double score, long macs) {
}
