package org.scalelab.cli;

import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.EfficientNetFamily;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.Scaler;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.SpecException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How {@code cost} scales the baseline: explicit multipliers, a compound φ (with α, β, γ), or a row of the
 * official EfficientNet table. None of them means the baseline itself.
 */
final class ScalingOptions {

    @ArgGroup(exclusive = true)
    Mode mode;

    @Mixin
    CoefficientOptions coefficients;

    @Mixin
    PolicyOption policy;

    static final class Mode {
        @ArgGroup(exclusive = false)
        Explicit explicit;

        @Option(names = "--phi", paramLabel = "P", description = "Compound coefficient φ: d = α^φ, w = β^φ, r = γ^φ.")
        Double phi;

        @Option(names = "--family", paramLabel = "bN", description = "A row of the official EfficientNet table (b0..b8).")
        String family;
    }

    static final class Explicit {
        @Option(names = "--width", paramLabel = "W", defaultValue = "1", description = "Width multiplier w.")
        double width;

        @Option(names = "--depth", paramLabel = "D", defaultValue = "1", description = "Depth multiplier d.")
        double depth;

        @Option(names = "--resolution", paramLabel = "R", defaultValue = "1", description = "Resolution multiplier r.")
        double resolution;
    }

    RoundingPolicy roundingPolicy() {
        return policy.roundingPolicy();
    }

    /** The row of the official table, or null when --family was not given. */
    EfficientNetFamily family() {
        if (mode == null || mode.family == null) {
            return null;
        }
        try {
            return EfficientNetFamily.parse(mode.family);
        } catch (IllegalArgumentException e) {
            throw new UserError("--family: " + e.getMessage());
        }
    }

    /** The multipliers asked for (the family row's with --family). */
    Multipliers multipliers() {
        if (!coefficients.isDefault() && (mode == null || mode.phi == null)) {
            throw new UserError("--alpha, --beta and --gamma only apply together with --phi");
        }
        if (mode == null) {
            return Multipliers.IDENTITY;
        }
        try {
            if (mode.explicit != null) {
                return new Multipliers(mode.explicit.depth, mode.explicit.width, mode.explicit.resolution);
            }
            if (mode.phi != null) {
                return coefficients.coefficients().at(mode.phi);
            }
            return family().multipliers();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    CompoundCoefficients compound() {
        return coefficients.coefficients();
    }

    /** A baseline scaled as asked, with what to call it in tables and stored runs. */
    record Scaled(NetworkSpec spec, Multipliers multipliers, String rule, double phi, EfficientNetFamily family) {
    }

    Scaled apply(NetworkSpec base) {
        Multipliers m = multipliers();
        EfficientNetFamily f = family();
        try {
            if (f != null) {
                return new Scaled(f.apply(base, roundingPolicy()), m, "family-" + f.id(), Double.NaN, f);
            }
            NetworkSpec spec = Scaler.scale(base, m, roundingPolicy());
            if (mode != null && mode.phi != null) {
                return new Scaled(spec, m, "compound", mode.phi, null);
            }
            return new Scaled(spec, m, m.equals(Multipliers.IDENTITY) ? "baseline" : "custom", Double.NaN, null);
        } catch (SpecException e) {
            throw new UserError("the scaled network is invalid: " + e.getMessage());
        }
    }
}
