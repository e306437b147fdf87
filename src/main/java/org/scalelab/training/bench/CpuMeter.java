package org.scalelab.training.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the cores went while something was timed: this process's CPU time and the whole machine's busy time (Linux
 * {@code /proc/stat}). On a shared machine that tells a slow run from a disturbed one: {@code othersCores} is how
 * many cores everything else used meanwhile.
 */
public record CpuMeter(long startNanos, long startCpuNanos, long startBusyTicks) {
    private static final int TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final Path PROC_STAT = Path.of("/proc/stat");

    /** Over a timed interval: seconds, cores this process used, cores the rest of the machine used (NaN if unknown). */
    public record Usage(double seconds, double coresUsed, double othersCores) {
    }

    public static CpuMeter start() {
        return new CpuMeter(System.nanoTime(), processCpuNanos(), machineBusyTicks());
    }

    public Usage stop() {
        long endNanos = System.nanoTime();
        long endCpu = processCpuNanos();
        long endBusy = machineBusyTicks();
        double seconds = Math.max(1e-9, (endNanos - startNanos) / 1e9);
        double ours = startCpuNanos < 0 || endCpu < 0 ? Double.NaN : (endCpu - startCpuNanos) / 1e9 / seconds;
        double machine = startBusyTicks < 0 || endBusy < 0 ? Double.NaN
                : (endBusy - startBusyTicks) / (double) TICKS_PER_SECOND / seconds;
        // Tick granularity makes small negative values possible on a quiet machine.
        return new Usage(seconds, ours, Math.max(0, machine - ours));
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** All CPUs' busy time (user, nice, system, irq, softirq, steal) in ticks; -1 where /proc/stat is unreadable. */
    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
