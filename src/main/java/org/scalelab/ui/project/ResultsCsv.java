package org.scalelab.ui.project;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.stats.SeedStats;

/**
 * Results as CSV: one line per variant, its columns named as in the CLI's sweep CSV and a study's points.csv;
 * {@code seeds} is how many of its seeds finished, {@code test_accuracy} their mean test accuracy and
 * {@code test_accuracy_std} their sample standard deviation (empty with fewer than two); all three empty where not
 * trained.
 */
public final class ResultsCsv {
    public static final String HEADER = "rule,phi,depth,width,resolution_multiplier,resolution,params,macs,seeds,"
            + "test_accuracy_std,test_accuracy";

    private ResultsCsv() {
    }

    public static String write(List<Variant> variants, Function<Variant, Optional<SeedStats>> accuracyOf) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Variant v : variants) {
            Optional<SeedStats> st = accuracyOf.apply(v);
            String n = st.map(s -> Integer.toString(s.n())).orElse("");
            String std = st.filter(SeedStats::hasSpread).map(s -> String.format(Locale.ROOT, "%.4f", s.std())).orElse("");
            String acc = st.map(s -> String.format(Locale.ROOT, "%.4f", s.mean())).orElse("");
            sb.append(String.format(Locale.ROOT, "%s,%.2f,%.4f,%.4f,%.4f,%d,%d,%d,%s,%s,%s%n", v.rule().id(), v.phi(),
                    v.multipliers().depth(), v.multipliers().width(), v.multipliers().resolution(),
                    v.spec().input().resolution(), v.cost().params(), v.cost().macs(), n, std, acc));
        }
        return sb.toString();
    }
}
