package org.scalelab.cli;

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

    /** A count with an optional k, M or G ({@link CostLimits#parseCount}); 0 when not given. */
    static long count(String option, String text) {
        return text == null ? 0 : parsed(option, () -> CostLimits.parseCount(text));
    }

    /** Bytes with an optional unit ({@link CostLimits#parseBytes}); 0 when not given. */
    static long bytes(String option, String text) {
        return text == null ? 0 : parsed(option, () -> CostLimits.parseBytes(text));
    }

    private static long parsed(String option, java.util.function.LongSupplier parse) {
        try {
            return parse.getAsLong();
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": " + e.getMessage());
        }
    }
}
