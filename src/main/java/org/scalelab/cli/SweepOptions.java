package org.scalelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.spec.NetworkSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --phi FROM:TO:STEP --rules LIST} with α, β, γ and the rounding policy: the variants of a sweep. */
final class SweepOptions {

    @Option(names = "--phi", paramLabel = "FROM:TO:STEP", required = true, description = "φ values, e.g. 0:4:1 or 1.5.")
    String phi;

    @Option(names = "--rules", paramLabel = "LIST", split = ",", defaultValue = "compound,width,depth,resolution",
            description = "Rules among compound, width, depth, resolution, dwr. Default: ${DEFAULT-VALUE}.")
    List<String> rules;

    @Mixin
    CoefficientOptions coefficients;

    @Mixin
    PolicyOption policy;

    VariantFactory factory(NetworkSpec base) {
        return new VariantFactory(base, coefficients.coefficients(), policy.roundingPolicy());
    }

    /** Every rule at every φ, rule by rule. */
    List<Variant> variants(VariantFactory factory) {
        List<Double> phis = PhiRange.parse(phi);
        List<ScalingRule> ruleList = new ArrayList<>();
        for (String r : rules) {
            try {
                ruleList.add(ScalingRule.parse(r));
            } catch (IllegalArgumentException e) {
                throw new UserError("--rules: " + e.getMessage());
            }
        }
        try {
            return factory.sweep(ruleList, phis);
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot scale this far: " + e.getMessage());
        }
    }

    String describe() {
        return "phi " + phi + " " + String.join(",", rules);
    }
}
