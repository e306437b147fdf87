package org.scalelab.training.data;

/** Whole-number shares of a total in proportion to given weights. */
final class Quotas {
    private Quotas() {
    }

    /**
     * Splits {@code total} (at most the sum of {@code weights}) in proportion to {@code weights} by the largest
     * remainder method: everyone gets the floor of their exact share, and the units left over go to the largest
     * fractional parts, ties to the lower index. No share exceeds its weight, and the shares sum to {@code total}.
     */
    static int[] proportional(int[] weights, int total) {
        long sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        if (total < 0 || total > sum) {
            throw new IllegalArgumentException("cannot take " + total + " of " + sum);
        }
        int[] shares = new int[weights.length];
        if (total == 0) {
            return shares;
        }
        long[] remainders = new long[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            long exact = (long) weights[i] * total; // the share times sum, kept exact in integers
            shares[i] = (int) (exact / sum);
            remainders[i] = exact % sum;
            given += shares[i];
        }
        for (; given < total; given++) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (shares[i] < weights[i] && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }
}
