package org.scalelab.domain.study;

import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;

/**
 * One network of a study, where it appears: the part, the series within it (a rule's id, or a Figure 4 baseline
 * such as {@code d=2, r=1.3}), and the series' own parameter (the multiplier along a Figure 3 or 4 line, φ in
 * Table 3). Several points may share a network; it is trained once per seed.
 */
public record StudyPoint(StudyPart part, String series, double parameter, Variant variant) {

    /** The rule whose colour the point takes: the variant's own, width for Figure 4's lines. */
    public ScalingRule rule() {
        return variant.rule();
    }
}
