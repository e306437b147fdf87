package org.scalelab.training.data;

/** Grey from RGB by the ITU-R BT.601 luma weights, as PIL's {@code convert("L")} and torchvision use. */
final class Luma {
    private Luma() {
    }

    static float of(float red, float green, float blue) {
        return 0.299f * red + 0.587f * green + 0.114f * blue;
    }
}
