package org.scalelab.cli;

import java.nio.file.Path;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Optimizer;
import org.scalelab.training.Recipe;
import picocli.CommandLine.Option;

/** The data, recipe and database options shared by {@code train} and {@code sweep}. */
final class TrainingOptions {
    private static final Recipe DEFAULTS = Recipe.defaults();

    @Option(names = "--data", paramLabel = "bundled|fashion-mnist|PATH", defaultValue = "bundled",
            description = "Dataset: the bundled Fashion-MNIST subset, the full Fashion-MNIST (Debian package "
                    + "dataset-fashion-mnist), or a folder (IDX files, CIFAR-10 batches, or one sub-folder per class). "
                    + "Default: ${DEFAULT-VALUE}.")
    String data;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs. Default: " + Recipe.DEFAULT_EPOCHS + ".")
    Integer epochs;

    @Option(names = "--train-size", paramLabel = "N",
            description = "Training images drawn (stratified, seeded) from the training set; 0 = all. Default: 0.")
    Integer trainSize;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size. Default: 64.")
    Integer batch;

    @Option(names = "--lr", paramLabel = "RATE", description = "Base learning rate. Default: 0.002.")
    Double learningRate;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "ADAM, SGD or RMSPROP. Default: ADAM.")
    Optimizer optimizer;

    @Option(names = "--schedule", paramLabel = "NAME", description = "CONSTANT, COSINE or EXPONENTIAL. Default: COSINE.")
    LearningRateSchedule schedule;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for weights, split and shuffles. Default: 42.")
    Long seed;

    @picocli.CommandLine.Mixin
    DeviceOption device;

    @Option(names = "--db", paramLabel = "PATH", description = "Experiment database. Default: scalelab.db in the user's data folder.")
    Path db;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Runs trained at once, each on cores/N ND4J threads. Default: 1 for train and on a GPU; for sweep"
                    + " on the CPU 2 on two or more cores (two 1-thread jobs trained about 25%% more images/s than one"
                    + " 2-thread job here).")
    Integer parallel;

    int parallel(int fallback) {
        return parallel != null ? parallel : fallback;
    }

    /** --parallel if given; else 1 on a GPU (one device: concurrent jobs only queue on it), {@code cpuDefault} on the CPU. */
    int parallel(int cpuDefault, org.scalelab.training.DeviceKind kind) {
        return parallel(kind == org.scalelab.training.DeviceKind.GPU ? 1 : cpuDefault);
    }

    Recipe recipe() {
        try {
            return new Recipe(or(epochs, DEFAULTS.epochs()), or(batch, DEFAULTS.batchSize()),
                    or(optimizer, DEFAULTS.optimizer()), or(learningRate, DEFAULTS.learningRate()),
                    or(schedule, DEFAULTS.schedule()), DEFAULTS.weightDecay(), or(seed, DEFAULTS.seed()),
                    or(trainSize, DEFAULTS.trainSize()), DEFAULTS.validationFraction());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
