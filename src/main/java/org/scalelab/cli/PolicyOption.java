package org.scalelab.cli;

import org.scalelab.domain.scaling.RoundingPolicy;
import picocli.CommandLine.Option;

/** {@code --policy NAME}: which rounding rules turn multipliers into a network. */
final class PolicyOption {

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = "efficientnet",
            description = "Rounding policy: efficientnet (official), efficientnet-lite, pycls. Default: ${DEFAULT-VALUE}.")
    String name;

    RoundingPolicy roundingPolicy() {
        try {
            return RoundingPolicy.named(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--policy: " + e.getMessage());
        }
    }
}
