package org.scalelab.ui;

import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the FX thread runs: an AnimationTimer notes the time between consecutive pulses; a long
 * gap means the FX thread was blocked (or starved). Started with {@code -Dscalelab.pulseProbe=true}, it prints the
 * longest gap and percentiles every {@value #REPORT_EVERY} pulses to stderr, so "the window never freezes while a
 * sweep trains" can be measured rather than claimed. Gaps go into a histogram of 1 ms buckets, so percentiles
 * cover the whole run at constant memory.
 */
public final class FramePulseProbe extends AnimationTimer {
    private static final int REPORT_EVERY = 600;
    /** Gaps of this many ms or more share the last bucket; the longest gap is kept exactly. */
    private static final int BUCKETS = 2000;
    /** A gap this long is a visible stutter (more than six frames at 60 Hz). */
    private static final long STUTTER_NANOS = 100_000_000L;

    private final long[] histogram = new long[BUCKETS];
    private long count;
    private long stutters;
    private long last;
    private long maxGap;
    private final boolean print;

    public FramePulseProbe() {
        this(false);
    }

    /** @param print report to stderr every {@value #REPORT_EVERY} pulses */
    public FramePulseProbe(boolean print) {
        this.print = print;
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            record(now - last);
            if (print && count % REPORT_EVERY == 0) {
                System.err.println(report());
            }
        }
        last = now;
    }

    /** Adds one gap between pulses; public so the arithmetic can be tested without a running toolkit. */
    public void record(long gapNanos) {
        count++;
        maxGap = Math.max(maxGap, gapNanos);
        histogram[(int) Math.min(BUCKETS - 1, gapNanos / 1_000_000L)]++;
        if (gapNanos >= STUTTER_NANOS) {
            stutters++;
        }
    }

    /** The gap (ms, upper edge of its 1 ms bucket) that {@code q} of all gaps do not exceed. */
    public double percentileMillis(double q) {
        if (count == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * count);
        long seen = 0;
        for (int ms = 0; ms < BUCKETS; ms++) {
            seen += histogram[ms];
            if (seen >= rank) {
                return ms == BUCKETS - 1 ? maxGap / 1e6 : ms + 1;
            }
        }
        return maxGap / 1e6;
    }

    /** Pulses seen, the longest gap, the median, p99 and p99.9 of all gaps, and the gaps over 100 ms. */
    public String report() {
        return String.format(Locale.ROOT,
                "pulse probe: %d pulses, longest gap %.1f ms, median ≤ %.0f ms, p99 ≤ %.0f ms, p99.9 ≤ %.0f ms, %d gaps ≥ 100 ms",
                count, maxGap / 1e6, percentileMillis(0.5), percentileMillis(0.99), percentileMillis(0.999), stutters);
    }

    public long maxGapNanos() {
        return maxGap;
    }

    public long pulses() {
        return count;
    }
}
