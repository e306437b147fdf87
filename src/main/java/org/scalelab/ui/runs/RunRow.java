package org.scalelab.ui.runs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;

/**
 * One stored run as the runs table shows it; the raw values sort, the texts show.
 *
 * @param phi        NaN when the run stands for no φ
 * @param accuracy   test accuracy in [0, 1], NaN when not done
 * @param seconds    training time, NaN when not done
 * @param finishedAt when it was stored last (epoch millis); 0 when unknown (precomputed demo runs)
 */
public record RunRow(RunRecord record, String id, String rule, double phi, String network, String recipe, String device,
                     double accuracy, double seconds, long finishedAt) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    public static RunRow of(RunRecord r) {
        var q = r.request();
        var result = r.result();
        return new RunRow(r, r.id(), q.rule(), q.phi(), q.baseline() + " · " + q.spec().input().resolution() + " px · "
                + q.spec().blockCount() + " blocks", recipe(q.recipe()), result == null ? "" : result.device(),
                result == null ? Double.NaN : result.testAccuracy(), result == null ? Double.NaN : result.trainSeconds(),
                r.updatedAtMillis());
    }

    /** "3 ep · batch 64 · lr 0.002 · seed 42 · 3000 img". */
    static String recipe(Recipe r) {
        return String.format(Locale.ROOT, "%d ep · batch %d · lr %s · seed %d%s", r.epochs(), r.batchSize(),
                trim(r.learningRate()), r.seed(), r.trainSize() == 0 ? "" : " · " + r.trainSize() + " img");
    }

    private static String trim(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The first 8 hex digits of the run id (the whole id is in the tooltip and the CLI's `runs show`). */
    public String shortId() {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    public String phiText() {
        return Double.isNaN(phi) ? "–" : String.format(Locale.ROOT, "%.2f", phi);
    }

    public String accuracyText() {
        return Double.isNaN(accuracy) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * accuracy);
    }

    public String secondsText() {
        if (Double.isNaN(seconds)) {
            return "–";
        }
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }

    public String finishedText() {
        return finishedAt <= 0 ? "precomputed" : CLOCK.format(Instant.ofEpochMilli(finishedAt));
    }
}
