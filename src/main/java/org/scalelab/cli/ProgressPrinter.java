package org.scalelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.service.RunListener;

/** Training progress on stderr, one line per start, epoch and end; labels name the variant, not the hash. */
final class ProgressPrinter implements RunListener {
    private final PrintWriter err;
    private final Map<String, String> labels = new ConcurrentHashMap<>();

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    void label(String runId, String label) {
        labels.putIfAbsent(runId, label);
    }

    @Override
    public void onEvent(RunEvent e) {
        String who = labels.getOrDefault(e.runId(), e.runId());
        String line = null;
        if (e instanceof RunEvent.Started s) {
            line = who + ": " + (s.resuming() ? "resuming after its last checkpoint" : "training");
        } else if (e instanceof RunEvent.EpochDone d) {
            var m = d.metrics();
            line = String.format(Locale.ROOT, "%s: epoch %d  loss %.4f  train %.3f  val %.3f  %.0f img/s  %.1f s", who,
                    m.epoch(), m.loss(), m.trainAccuracy(), m.validationAccuracy(), m.imagesPerSecond(), m.seconds());
        } else if (e instanceof RunEvent.Finished f) {
            line = String.format(Locale.ROOT, "%s: %s test accuracy %.4f", who, f.cached() ? "already trained," : "done,",
                    f.result().testAccuracy());
        } else if (e instanceof RunEvent.Failed f) {
            line = who + ": FAILED: " + f.reason();
        } else if (e instanceof RunEvent.Cancelled) {
            line = who + ": cancelled";
        }
        if (line != null) {
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        }
    }
}
