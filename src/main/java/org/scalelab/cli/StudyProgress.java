package org.scalelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scalelab.format.Numbers;
import org.scalelab.training.service.RunEvent;
import org.scalelab.training.service.RunListener;

/**
 * A study's progress on stderr: one line per finished run with a bar, runs done, the share of the estimated work,
 * and the time left. The ETA scales the estimate of the work left by how fast the estimated work has actually gone
 * so far (runs answered from the database count as done but not as speed).
 */
final class StudyProgress implements RunListener {
    private static final int BAR = 24;

    private final PrintWriter err;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();
    private double totalWork;
    private double doneWork;
    private double trainedWork;
    private int done;

    /** One run of the study: its label and its estimated seconds. */
    private record Run(String label, double work) {
    }

    StudyProgress(PrintWriter err) {
        this.err = err;
    }

    synchronized void add(String runId, String label, double estimatedSeconds) {
        if (runs.putIfAbsent(runId, new Run(label, estimatedSeconds)) == null) {
            totalWork += estimatedSeconds;
        }
    }

    @Override
    public void onEvent(RunEvent e) {
        Run run = runs.get(e.runId());
        if (run == null) {
            return;
        }
        String outcome;
        boolean trained;
        if (e instanceof RunEvent.Finished f) {
            outcome = String.format(Locale.ROOT, "%s %.4f", f.cached() ? "from the database," : "done,",
                    f.result().testAccuracy());
            trained = !f.cached();
        } else if (e instanceof RunEvent.Failed f) {
            outcome = "FAILED: " + f.reason();
            trained = true;
        } else if (e instanceof RunEvent.Cancelled) {
            outcome = "cancelled";
            trained = false;
        } else {
            return;
        }
        String line;
        synchronized (this) {
            done++;
            doneWork += run.work();
            if (trained) {
                trainedWork += run.work();
            }
            line = line(run.label() + ": " + outcome);
        }
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    private String line(String what) {
        double fraction = totalWork > 0 ? doneWork / totalWork : 1;
        int filled = (int) Math.round(fraction * BAR);
        double elapsed = (System.nanoTime() - started) / 1e9;
        String eta = trainedWork > 0 && doneWork < totalWork
                ? "ETA " + Numbers.duration((totalWork - doneWork) * elapsed / trainedWork) : "";
        return String.format(Locale.ROOT, "[%s%s] %d/%d runs %3.0f%%  %s elapsed  %s  | %s", "#".repeat(filled),
                ".".repeat(BAR - filled), done, runs.size(), 100 * fraction, Numbers.duration(elapsed), eta, what);
    }
}
