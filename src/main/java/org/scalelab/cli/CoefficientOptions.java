package org.scalelab.cli;

import org.scalelab.domain.scaling.CompoundCoefficients;
import picocli.CommandLine.Option;

/** {@code --alpha A --beta B --gamma G}: the compound rule's bases, EfficientNet's by default. */
final class CoefficientOptions {

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "1.2", description = "Depth base α. Default: ${DEFAULT-VALUE}.")
    double alpha;

    @Option(names = "--beta", paramLabel = "B", defaultValue = "1.1", description = "Width base β. Default: ${DEFAULT-VALUE}.")
    double beta;

    @Option(names = "--gamma", paramLabel = "G", defaultValue = "1.15", description = "Resolution base γ. Default: ${DEFAULT-VALUE}.")
    double gamma;

    CompoundCoefficients coefficients() {
        try {
            return new CompoundCoefficients(alpha, beta, gamma);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    boolean isDefault() {
        return coefficients().equals(CompoundCoefficients.EFFICIENTNET);
    }
}
