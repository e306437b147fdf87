package org.scalelab.training.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.BlockType;
import org.scalelab.domain.spec.ClassifierSpec;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.Pooling;
import org.scalelab.domain.spec.StageSpec;
import org.scalelab.domain.spec.StemSpec;

/**
 * Small, valid, random network specs. Strides are drawn only while the running stride still fits the
 * resolution, so every spec passes validation; the first stage's block type cycles with the index so that a
 * run of specs covers every type.
 */
final class RandomSpecs {
    private static final int[] KERNELS = {1, 3, 5};
    private static final double[] INVERTED_EXPANSIONS = {1, 1.5, 2, 4, 6};
    private static final double[] BOTTLENECK_RATIOS = {0.25, 0.5, 1};
    private static final double[] SE_RATIOS = {0.25, 0.5, 1};
    private static final double[] DROPOUTS = {0, 0.1, 0.25, 0.5};

    private final Random random;
    private int resolution;
    private int stride;

    RandomSpecs(long seed) {
        random = new Random(seed);
    }

    NetworkSpec next(int index) {
        resolution = 8 + random.nextInt(33);
        stride = 1;
        InputSpec input = new InputSpec(1 + random.nextInt(3), resolution, 2 + random.nextInt(9));
        int stemStride = stride();
        boolean maxPool = stride * 2 <= resolution && random.nextInt(4) == 0;
        if (maxPool) {
            stride *= 2;
        }
        StemSpec stem = new StemSpec(kernel(), stemStride, channels(), activation(), maxPool);
        List<StageSpec> stages = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            BlockType type = i == 0 ? BlockType.values()[index % BlockType.values().length] : oneOf(BlockType.values());
            stages.add(stage(type));
        }
        HeadSpec head = random.nextBoolean() ? new HeadSpec(channels(), activation()) : HeadSpec.NONE;
        ClassifierSpec classifier = new ClassifierSpec(DROPOUTS[random.nextInt(DROPOUTS.length)],
                random.nextInt(4) == 0 ? Pooling.FLATTEN : Pooling.AVG);
        return new NetworkSpec("random-" + index, "", input, stem, stages, head, classifier);
    }

    private StageSpec stage(BlockType type) {
        double expansion = switch (type) {
            case MBCONV, FUSED_MBCONV -> INVERTED_EXPANSIONS[random.nextInt(INVERTED_EXPANSIONS.length)];
            case RESNET_BOTTLENECK -> BOTTLENECK_RATIOS[random.nextInt(BOTTLENECK_RATIOS.length)];
            default -> 1;
        };
        double se = type.allowsSqueezeExcite() && random.nextBoolean() ? SE_RATIOS[random.nextInt(SE_RATIOS.length)] : 0;
        return new StageSpec(type, 1 + random.nextInt(3), kernel(), stride(), expansion, channels(), se, activation());
    }

    /** 2 only while the network's total stride stays within the resolution. */
    private int stride() {
        int s = stride * 2 <= resolution && random.nextBoolean() ? 2 : 1;
        stride *= s;
        return s;
    }

    private int kernel() {
        return KERNELS[random.nextInt(KERNELS.length)];
    }

    private int channels() {
        return 8 + random.nextInt(41);
    }

    private Activation activation() {
        return oneOf(Activation.values());
    }

    private <T> T oneOf(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
