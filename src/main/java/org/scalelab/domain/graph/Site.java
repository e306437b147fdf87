package org.scalelab.domain.graph;

/**
 * Where a layer sits in the network: the stem, a block of a stage, the head or the classifier, plus its
 * role inside that block (e.g. {@code expand}, {@code dw_bn}). Names are derived from it only when asked,
 * so lowering a large network allocates no strings.
 */
public record Site(Part part, int stage, int block, String role) {

    public enum Part { STEM, STAGE, HEAD, CLASSIFIER }

    public static Site stem(String role) {
        return new Site(Part.STEM, -1, 0, role);
    }

    public static Site block(int stage, int block, String role) {
        return new Site(Part.STAGE, stage, block, role);
    }

    public static Site head(String role) {
        return new Site(Part.HEAD, -1, 0, role);
    }

    public static Site classifier(String role) {
        return new Site(Part.CLASSIFIER, -1, 0, role);
    }

    /** A unique, stable layer name such as {@code s3b2_dw_bn} (stage 3, block 2; both counted from 1). */
    public String name() {
        return switch (part) {
            case STEM -> "stem_" + role;
            case STAGE -> "s" + (stage + 1) + "b" + (block + 1) + "_" + role;
            case HEAD -> "head_" + role;
            case CLASSIFIER -> "classifier_" + role;
        };
    }
}
