package org.scalelab.cli;

import java.util.Locale;
import org.scalelab.domain.cost.CostLimits;
import picocli.CommandLine.Option;

/** {@code --max-macs}, {@code --max-params}, {@code --max-memory}: the cost limits of budget, search and study. */
final class LimitOptions {

    @Option(names = "--max-macs", paramLabel = "N", description = "Leave out networks above N MACs (e.g. 8M, 2.5e6).")
    String maxMacs;

    @Option(names = "--max-params", paramLabel = "N", description = "Leave out networks above N trainable params (e.g. 500k).")
    String maxParams;

    @Option(names = "--max-memory", paramLabel = "SIZE",
            description = "Leave out networks whose training memory at the recipe's batch exceeds SIZE (e.g. 64MiB, 1GB).")
    String maxMemory;

    CostLimits limits(int batchSize) {
        try {
            return new CostLimits(count("--max-macs", maxMacs), count("--max-params", maxParams),
                    bytes("--max-memory", maxMemory), batchSize);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** 8M, 2.5e6, 500k, 1G, 1200: a count with an optional k, M or G. */
    static long count(String option, String text) {
        if (text == null) {
            return 0;
        }
        String t = text.strip();
        double unit = 1;
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        switch (Character.toLowerCase(last)) {
            case 'k' -> unit = 1e3;
            case 'm' -> unit = 1e6;
            case 'g' -> unit = 1e9;
            default -> { }
        }
        return positive(option, text, unit == 1 ? t : t.substring(0, t.length() - 1), unit);
    }

    /** 64MiB, 1GB, 500KB, 1048576: bytes with an optional unit (KB, MB, GB are powers of 1000; KiB, MiB, GiB of 1024). */
    static long bytes(String option, String text) {
        if (text == null) {
            return 0;
        }
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        String[][] units = {{"kib", "1024"}, {"mib", "1048576"}, {"gib", "1073741824"}, {"kb", "1e3"}, {"mb", "1e6"},
            {"gb", "1e9"}, {"b", "1"}};
        for (String[] u : units) {
            if (lower.endsWith(u[0])) {
                return positive(option, text, t.substring(0, t.length() - u[0].length()), Double.parseDouble(u[1]));
            }
        }
        return positive(option, text, t, 1);
    }

    private static long positive(String option, String text, String number, double unit) {
        double v;
        try {
            v = Double.parseDouble(number.strip()) * unit;
        } catch (NumberFormatException e) {
            throw new UserError(option + ": '" + text + "' is not a number with an optional unit");
        }
        if (!(v >= 1) || v > Long.MAX_VALUE / 2.0) {
            throw new UserError(option + ": '" + text + "' must be a positive amount");
        }
        return Math.round(v);
    }
}
