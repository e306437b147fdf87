package org.scalelab.ui.project;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.training.Recipe;

/**
 * Results as CSV: one line per variant, its columns named as in the CLI's sweep CSV and a study's points.csv: its cost
 * (params, MACs, activations per image, float32 training memory at the recipe's batch), the recipe and data its runs
 * use, the ids of its finished runs ({@code scalelab runs show ID} shows one), and its accuracy: {@code seeds} is how
 * many of its seeds finished, {@code test_accuracy} their mean test accuracy and {@code test_accuracy_std} their
 * sample standard deviation (empty with fewer than two); all three empty where not trained.
 */
public final class ResultsCsv {
    public static final String HEADER = "rule,phi,depth,width,resolution_multiplier,resolution,params,macs,activations,"
            + "train_memory_bytes,batch,epochs,train_size,optimizer,learning_rate,schedule,dataset,run_ids,seeds,"
            + "test_accuracy_std,test_accuracy";

    private ResultsCsv() {
    }

    /**
     * @param finishedRuns the ids of a variant's finished runs, in seed order (written joined by ";")
     */
    public static String write(List<Variant> variants, Recipe recipe, String dataset,
                               Function<Variant, Optional<SeedStats>> accuracyOf,
                               Function<Variant, List<String>> finishedRuns) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        String training = String.format(Locale.ROOT, "%d,%d,%d,%s,%s,%s,%s", recipe.batchSize(), recipe.epochs(),
                recipe.trainSize(), recipe.optimizer().name().toLowerCase(Locale.ROOT), recipe.learningRate(),
                recipe.schedule().name().toLowerCase(Locale.ROOT), quoted(dataset));
        for (Variant v : variants) {
            Optional<SeedStats> st = accuracyOf.apply(v);
            String n = st.map(s -> Integer.toString(s.n())).orElse("");
            String std = st.filter(SeedStats::hasSpread).map(s -> String.format(Locale.ROOT, "%.4f", s.std())).orElse("");
            String acc = st.map(s -> String.format(Locale.ROOT, "%.4f", s.mean())).orElse("");
            sb.append(String.format(Locale.ROOT, "%s,%.2f,%.4f,%.4f,%.4f,%d,%d,%d,%d,%d,%s,%s,%s,%s,%s%n", v.rule().id(),
                    v.phi(), v.multipliers().depth(), v.multipliers().width(), v.multipliers().resolution(),
                    v.spec().input().resolution(), v.cost().params(), v.cost().macs(), v.cost().activations(),
                    v.cost().trainingMemory(recipe.batchSize()).totalBytes(), training,
                    String.join(";", finishedRuns.apply(v)), n, std, acc));
        }
        return sb.toString();
    }

    /** A field as CSV: quoted when it holds a comma, a quote or a line break (a folder's path may). */
    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
