package org.scalelab.training.engine;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.scalelab.training.Recipe;

/**
 * The recipe's optimizer with its learning-rate schedule, per iteration. The schedule is a table over the run's
 * iterations: DL4J saves the iteration count with the network, so a resumed run continues where it stopped.
 */
final class LearningRates {
    /** The paper's step decay: × 0.97 every 2.4 epochs. */
    private static final double DECAY = 0.97;
    private static final double DECAY_EPOCHS = 2.4;

    private LearningRates() {
    }

    static IUpdater updater(Recipe r, int iterationsPerEpoch) {
        ISchedule schedule = schedule(r, iterationsPerEpoch);
        return switch (r.optimizer()) {
            case ADAM -> Adam.builder().learningRateSchedule(schedule).build();
            case SGD -> Nesterovs.builder().learningRateSchedule(schedule).momentum(0.9).build();
            case RMSPROP -> RmsProp.builder().learningRateSchedule(schedule).rmsDecay(0.9).epsilon(1e-3).build();
        };
    }

    static ISchedule schedule(Recipe r, int iterationsPerEpoch) {
        int total = r.epochs() * iterationsPerEpoch;
        Map<Integer, Double> values = new HashMap<>();
        for (int i = 0; i <= total; i++) {
            values.put(i, rate(r, i, total, iterationsPerEpoch));
        }
        return new MapSchedule(ScheduleType.ITERATION, values);
    }

    static double rate(Recipe r, int iteration, int total, int iterationsPerEpoch) {
        return switch (r.schedule()) {
            case CONSTANT -> r.learningRate();
            case COSINE -> r.learningRate() * 0.5 * (1 + Math.cos(Math.PI * Math.min(iteration, total) / Math.max(1, total)));
            case EXPONENTIAL -> r.learningRate() * Math.pow(DECAY, Math.floor(iteration / (DECAY_EPOCHS * iterationsPerEpoch)));
        };
    }
}
