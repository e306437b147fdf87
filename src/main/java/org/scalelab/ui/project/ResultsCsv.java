package org.scalelab.ui.project;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.RunRecord;

/** Results as CSV: one line per variant, accuracy empty where not trained. */
public final class ResultsCsv {
    public static final String HEADER = "rule,phi,d,w,r,resolution,params,macs,accuracy";

    private ResultsCsv() {
    }

    public static String write(List<Variant> variants, Function<Variant, Optional<RunRecord>> runOf) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Variant v : variants) {
            String acc = runOf.apply(v).filter(r -> r.result() != null)
                    .map(r -> String.format(Locale.ROOT, "%.4f", r.result().testAccuracy())).orElse("");
            sb.append(String.format(Locale.ROOT, "%s,%.2f,%.4f,%.4f,%.4f,%d,%d,%d,%s%n", v.rule().id(), v.phi(),
                    v.multipliers().depth(), v.multipliers().width(), v.multipliers().resolution(),
                    v.spec().input().resolution(), v.cost().params(), v.cost().macs(), acc));
        }
        return sb.toString();
    }
}
