package org.scalelab.ui;

import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the FX thread runs: an AnimationTimer notes the time between consecutive pulses; a long
 * gap means the FX thread was blocked (or starved). Started with {@code -Dscalelab.pulseProbe=true}, it prints the
 * longest gap and percentiles every few seconds to stderr, so "the window never freezes while a sweep trains"
 * can be measured rather than claimed.
 */
public final class FramePulseProbe extends AnimationTimer {
    private static final int WINDOW = 600;

    private final long[] gaps = new long[WINDOW];
    private int count;
    private long last;
    private long maxGap;

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            gaps[count % WINDOW] = gap;
            count++;
            maxGap = Math.max(maxGap, gap);
            if (count % WINDOW == 0) {
                System.err.println(report());
            }
        }
        last = now;
    }

    /** Pulses seen, the longest gap ever, and the median and 99th percentile of the last window, in ms. */
    public String report() {
        int n = Math.min(count, WINDOW);
        long[] recent = Arrays.copyOf(gaps, n);
        Arrays.sort(recent);
        double p50 = n == 0 ? 0 : recent[n / 2] / 1e6;
        double p99 = n == 0 ? 0 : recent[Math.min(n - 1, (int) (n * 0.99))] / 1e6;
        return String.format(Locale.ROOT, "pulse probe: %d pulses, longest gap %.1f ms, last %d: median %.1f ms, p99 %.1f ms",
                count, maxGap / 1e6, n, p50, p99);
    }

    public long maxGapNanos() {
        return maxGap;
    }
}
