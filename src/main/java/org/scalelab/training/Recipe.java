package org.scalelab.training;

/**
 * How a variant is trained. Part of a run's identity: the same spec, dataset, recipe and seed give the same
 * stored result.
 *
 * @param trainSize          images drawn (stratified, seeded) from the training set; 0 means all of it
 * @param validationFraction share of those images held out for validation
 */
public record Recipe(int epochs, int batchSize, Optimizer optimizer, double learningRate, LearningRateSchedule schedule,
                     double weightDecay, long seed, int trainSize, double validationFraction) {

    public static final int DEFAULT_EPOCHS = 3;

    public Recipe {
        require(epochs >= 1 && epochs <= 1000, "epochs", epochs + " must lie in 1..1000");
        require(batchSize >= 1 && batchSize <= 4096, "batch size", batchSize + " must lie in 1..4096");
        require(optimizer != null, "optimizer", "missing");
        require(Double.isFinite(learningRate) && learningRate > 0 && learningRate < 10, "learning rate",
                learningRate + " must lie in (0, 10)");
        require(schedule != null, "schedule", "missing");
        require(Double.isFinite(weightDecay) && weightDecay >= 0 && weightDecay < 1, "weight decay",
                weightDecay + " must lie in [0, 1)");
        require(trainSize >= 0, "train size", trainSize + " must be 0 (all) or more");
        require(validationFraction >= 0 && validationFraction < 0.9, "validation fraction",
                validationFraction + " must lie in [0, 0.9)");
    }

    /** Fast defaults for two CPU cores that still rank the small baselines' variants. */
    public static Recipe defaults() {
        return new Recipe(DEFAULT_EPOCHS, 64, Optimizer.ADAM, 2e-3, LearningRateSchedule.COSINE, 5e-5, 42, 0, 0.1);
    }

    public Recipe withEpochs(int n) {
        return new Recipe(n, batchSize, optimizer, learningRate, schedule, weightDecay, seed, trainSize, validationFraction);
    }

    public Recipe withSeed(long s) {
        return new Recipe(epochs, batchSize, optimizer, learningRate, schedule, weightDecay, s, trainSize, validationFraction);
    }

    public Recipe withTrainSize(int n) {
        return new Recipe(epochs, batchSize, optimizer, learningRate, schedule, weightDecay, seed, n, validationFraction);
    }

    public Recipe withBatchSize(int n) {
        return new Recipe(epochs, n, optimizer, learningRate, schedule, weightDecay, seed, trainSize, validationFraction);
    }

    private static void require(boolean ok, String what, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(what + ": " + problem);
        }
    }
}
