package org.scalelab.domain.cost;

/**
 * Rough float32 memory of one training step at a batch size: weights (with BN statistics), their gradients,
 * the optimizer's state (Adam: two slots per weight), and every layer output kept for backprop. Real
 * frameworks add workspaces and may free or fuse some outputs, so take it as an order of magnitude.
 */
public record MemoryEstimate(int batchSize, long weightBytes, long gradientBytes, long optimizerBytes,
                             long activationBytes) {

    static final int BYTES_PER_FLOAT = 4;
    static final int ADAM_SLOTS = 2;

    static MemoryEstimate training(NetworkCost cost, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " must be at least 1");
        }
        long weights = (cost.params() + cost.bnStats()) * BYTES_PER_FLOAT;
        long grads = cost.params() * BYTES_PER_FLOAT;
        long optimizer = cost.params() * BYTES_PER_FLOAT * ADAM_SLOTS;
        long acts = cost.outputElements() * batchSize * BYTES_PER_FLOAT;
        return new MemoryEstimate(batchSize, weights, grads, optimizer, acts);
    }

    public long totalBytes() {
        return weightBytes + gradientBytes + optimizerBytes + activationBytes;
    }
}
