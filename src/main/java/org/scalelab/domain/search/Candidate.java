package org.scalelab.domain.search;

import org.scalelab.domain.scaling.CompoundCoefficients;

/**
 * One grid point that satisfies the constraint.
 *
 * @param index        position in enumeration order (α, then β, then γ ascending)
 * @param coefficients α, β, γ
 * @param product      α·β²·γ²
 * @param network      index of the {@link CandidateNetwork} its φ = 1 variant rounds to
 * @param representative whether it stands for that network (the triple whose product is closest to the target);
 *                     the others are duplicates: they round to the same network and are not trained again
 */
public record Candidate(int index, CompoundCoefficients coefficients, double product, int network,
                        boolean representative) {

    public boolean duplicate() {
        return !representative;
    }
}
