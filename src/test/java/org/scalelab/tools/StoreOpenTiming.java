package org.scalelab.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.store.ExperimentStore;

/**
 * What opening a database costs now that every open runs SQLite's full integrity check (docs/hostile-input.md):
 * {@code java -cp target/test-classes:target/scalelab.jar org.scalelab.tools.StoreOpenTiming FILE RUNS} makes FILE
 * with RUNS finished runs of three epochs each (unless it exists) and times five opens.
 */
public final class StoreOpenTiming {
    private StoreOpenTiming() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        if (!Files.exists(file)) {
            fill(file, runs);
        }
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            try (ExperimentStore store = ExperimentStore.open(file)) {
                store.file();
            }
            System.out.printf(Locale.ROOT, "open with integrity check: %.1f ms (%s, %d bytes)%n",
                    (System.nanoTime() - start) / 1e6, file, file.toFile().length());
        }
    }

    private static void fill(Path file, int runs) {
        try (ExperimentStore store = ExperimentStore.open(file)) {
            long experiment = store.createExperiment("timing", null).id();
            for (int i = 0; i < runs; i++) {
                RunRequest q = new RunRequest("mini-effnet", "baseline", 0, Multipliers.IDENTITY, Presets.get("mini-effnet"),
                        "fashion-mnist-bundled", Recipe.defaults().withSeed(i));
                String id = store.enqueue(experiment, q, 1, 1).id();
                store.markRunning(id, "CPU");
                for (int e = 1; e <= 3; e++) {
                    store.recordEpoch(id, new EpochMetrics(e, 0.5, 0.8, 0.8, 1000, 2), "checkpoints/" + id + ".zip");
                }
                store.finish(id, new RunResult(0.8, 10, 1000, 1, "CPU", DeviceKind.CPU));
            }
        }
    }
}
