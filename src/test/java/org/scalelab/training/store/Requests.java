package org.scalelab.training.store;

import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.Scaler;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRequest;

/** Realistic run requests and metrics for the store's tests; a different seed gives a different run. */
final class Requests {
    static final String DATASET = "fashion-mnist-bundled";

    private Requests() {
    }

    static RunRequest compound(String baseline, double phi, long seed) {
        Multipliers m = new Multipliers(Math.pow(1.2, phi), Math.pow(1.1, phi), Math.pow(1.15, phi));
        return new RunRequest(baseline, "compound", phi, m,
                Scaler.scale(Presets.get(baseline), m, RoundingPolicy.EFFICIENTNET), DATASET,
                Recipe.defaults().withSeed(seed));
    }

    static RunRequest miniEffnet(long seed) {
        return compound("mini-effnet", 1, seed);
    }

    static EpochMetrics epoch(int n) {
        return new EpochMetrics(n, 1.0 / n, 0.5 + n / 1000.0, Double.NaN, 1234.5, 2.25);
    }

    static String checkpointAfter(int epoch) {
        return "checkpoints/run-epoch-" + epoch + ".zip";
    }
}
