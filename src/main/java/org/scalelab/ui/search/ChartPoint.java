package org.scalelab.ui.search;

/**
 * One trained run on the search chart: a network's selection accuracy after one rung, at its φ = 1 MACs.
 *
 * @param network index of the network in the search space
 * @param rung    the rung (0 first)
 * @param epochs  epochs the run trained
 * @param alpha   α of the network's triple, which colours the point
 * @param label   the triple, for the tooltip
 */
public record ChartPoint(int network, int rung, int epochs, long macs, double accuracy, double alpha, String label) {
}
