package org.scalelab.domain.scaling;

/** How a scaled repeat count d·R becomes a whole number of blocks. */
public enum DepthRounding {
    /** ceil(d·R): EfficientNet's official {@code round_repeats}; any d &gt; 1 adds a block to every stage. */
    CEIL,
    /** max(1, round(d·R)): pycls and timm's {@code depth_trunc='round'}, kinder to small networks. */
    ROUND
}
