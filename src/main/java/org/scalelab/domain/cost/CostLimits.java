package org.scalelab.domain.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problem as the lecture states it: maximise accuracy subject to FLOPs ≤ T and memory ≤ M (and, here, params
 * ≤ P). Each limit is optional (0: none). Memory is the cost model's training memory at the recipe's batch size.
 *
 * @param maxMacs        multiply-adds per image; 0 for no limit
 * @param maxParams      trainable parameters; 0 for no limit
 * @param maxMemoryBytes training memory at {@code batchSize}; 0 for no limit
 */
public record CostLimits(long maxMacs, long maxParams, long maxMemoryBytes, int batchSize) {
    public static final CostLimits NONE = new CostLimits(0, 0, 0, 1);

    public CostLimits {
        if (maxMacs < 0 || maxParams < 0 || maxMemoryBytes < 0) {
            throw new IllegalArgumentException("limits must be positive (or 0 for none)");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " must be at least 1");
        }
    }

    public boolean isNone() {
        return maxMacs == 0 && maxParams == 0 && maxMemoryBytes == 0;
    }

    public boolean allows(NetworkCost cost) {
        return broken(cost).isEmpty();
    }

    /** The limits a network breaks, each as {@code MACs 9.0 M > 8.0 M}; empty when it fits. */
    public List<String> broken(NetworkCost cost) {
        List<String> out = new ArrayList<>();
        if (maxMacs > 0 && cost.macs() > maxMacs) {
            out.add("MACs " + count(cost.macs()) + " > " + count(maxMacs));
        }
        if (maxParams > 0 && cost.params() > maxParams) {
            out.add("params " + count(cost.params()) + " > " + count(maxParams));
        }
        if (maxMemoryBytes > 0) {
            long memory = cost.trainingMemory(batchSize).totalBytes();
            if (memory > maxMemoryBytes) {
                out.add("training memory " + bytes(memory) + " > " + bytes(maxMemoryBytes) + " at batch " + batchSize);
            }
        }
        return out;
    }

    /** For people: {@code MACs ≤ 8.0 M, memory ≤ 64 MiB at batch 64}; empty when there is no limit. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (maxMacs > 0) {
            parts.add("MACs ≤ " + count(maxMacs));
        }
        if (maxParams > 0) {
            parts.add("params ≤ " + count(maxParams));
        }
        if (maxMemoryBytes > 0) {
            parts.add("training memory ≤ " + bytes(maxMemoryBytes) + " at batch " + batchSize);
        }
        return String.join(", ", parts);
    }

    /** 8M, 2.5e6, 500k, 1G, 1200: a positive count with an optional k, M or G (powers of 1000). */
    public static long parseCount(String text) {
        String t = text.strip();
        double unit = 1;
        char last = t.isEmpty() ? ' ' : Character.toLowerCase(t.charAt(t.length() - 1));
        switch (last) {
            case 'k' -> unit = 1e3;
            case 'm' -> unit = 1e6;
            case 'g' -> unit = 1e9;
            default -> { }
        }
        return positive(text, unit == 1 ? t : t.substring(0, t.length() - 1), unit);
    }

    /** 64MiB, 1GB, 500KB, 1048576: positive bytes with an optional unit (KB, MB, GB: powers of 1000; KiB, MiB, GiB: of 1024). */
    public static long parseBytes(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String[][] units = {{"kib", "1024"}, {"mib", "1048576"}, {"gib", "1073741824"}, {"kb", "1e3"}, {"mb", "1e6"},
            {"gb", "1e9"}, {"b", "1"}};
        for (String[] u : units) {
            if (lower.endsWith(u[0])) {
                return positive(text, t.substring(0, t.length() - u[0].length()), Double.parseDouble(u[1]));
            }
        }
        return positive(text, t, 1);
    }

    private static long positive(String text, String number, double unit) {
        double v;
        try {
            v = Double.parseDouble(number.strip()) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number with an optional unit");
        }
        if (!(v >= 1) || v > Long.MAX_VALUE / 2.0) {
            throw new IllegalArgumentException("'" + text + "' must be a positive amount");
        }
        return Math.round(v);
    }

    static String count(long n) {
        if (n >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f G", n / 1e9);
        }
        if (n >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.2f M", n / 1e6);
        }
        if (n >= 1_000L) {
            return String.format(Locale.ROOT, "%.1f k", n / 1e3);
        }
        return Long.toString(n);
    }

    static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GiB", n / (double) (1L << 30));
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
    }
}
