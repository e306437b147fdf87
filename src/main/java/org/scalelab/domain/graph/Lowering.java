package org.scalelab.domain.graph;

import java.util.ArrayList;
import java.util.List;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.Pooling;
import org.scalelab.domain.spec.StageSpec;
import org.scalelab.domain.spec.StemSpec;

/**
 * Turns a {@link NetworkSpec} into primitive layers, block by block, following the reference implementations:
 * EfficientNet's MBConv (tensorflow/tpu, torchvision), EfficientNetV2's Fused-MBConv, and torchvision's ResNet
 * v1.5. All convolutions here have no bias (BN follows); the SE layers and the classifier have one.
 */
final class Lowering {
    private final List<Layer> layers = new ArrayList<>(64);

    private Lowering() {
    }

    static LayerGraph lower(NetworkSpec spec) {
        Lowering l = new Lowering();
        Layer x = l.stem(spec);
        for (int i = 0; i < spec.stages().size(); i++) {
            StageSpec stage = spec.stages().get(i);
            for (int j = 0; j < stage.repeats(); j++) {
                x = l.block(stage, i, j, x);
            }
        }
        if (spec.head().present()) {
            x = l.convBn(Site.head("conv"), Site.head("bn"), x, spec.head().channels(), 1, 1, 1, spec.head().activation());
        }
        Layer pooled = spec.classifier().pooling() == Pooling.AVG ? l.add(new GlobalAvgPool(Site.classifier("pool"), x))
                : l.add(new Flatten(Site.classifier("flatten"), x));
        l.add(new Dense(Site.classifier("fc"), pooled, spec.input().classes(), Activation.IDENTITY,
                spec.classifier().dropout(), true));
        return new LayerGraph(spec, l.layers);
    }

    private <T extends Layer> T add(T layer) {
        layers.add(layer);
        return layer;
    }

    private Layer stem(NetworkSpec spec) {
        StemSpec s = spec.stem();
        Conv conv = add(new Conv(Site.stem("conv"), null, spec.input().channels(), s.channels(), s.kernel(), s.stride(),
                1, false, spec.input().resolution()));
        Layer x = add(new BatchNorm(Site.stem("bn"), conv, s.activation()));
        if (s.maxPool()) {
            x = add(new MaxPool(Site.stem("pool"), x, 3, 2));
        }
        return x;
    }

    private Layer block(StageSpec st, int stage, int block, Layer in) {
        int stride = block == 0 ? st.stride() : 1;
        return switch (st.type()) {
            case CONV -> convBn(site(stage, block, "conv"), site(stage, block, "bn"), in, st.outChannels(),
                    st.kernel(), stride, 1, st.activation());
            case MBCONV -> mbconv(st, stage, block, in, stride);
            case FUSED_MBCONV -> fusedMbconv(st, stage, block, in, stride);
            case RESNET_BASIC -> resnetBasic(st, stage, block, in, stride);
            case RESNET_BOTTLENECK -> resnetBottleneck(st, stage, block, in, stride);
        };
    }

    /** 1×1 expand (unless e = 1) → k×k depthwise → SE → 1×1 project; identity skip when the shape is kept. */
    private Layer mbconv(StageSpec st, int stage, int block, Layer in, int stride) {
        int cin = in.outChannels();
        int expanded = expanded(cin, st.expandRatio());
        Layer x = in;
        if (st.expandRatio() != 1) {
            x = convBn(site(stage, block, "expand"), site(stage, block, "expand_bn"), x, expanded, 1, 1, 1, st.activation());
        }
        x = convBn(site(stage, block, "dw"), site(stage, block, "dw_bn"), x, expanded, st.kernel(), stride, expanded,
                st.activation());
        x = squeezeExcite(st, stage, block, x, cin);
        x = convBn(site(stage, block, "project"), site(stage, block, "project_bn"), x, st.outChannels(), 1, 1, 1,
                Activation.IDENTITY);
        return identitySkip(stage, block, in, x, stride);
    }

    /** k×k conv expand → SE → 1×1 project; with e = 1 the k×k conv maps straight to the output. */
    private Layer fusedMbconv(StageSpec st, int stage, int block, Layer in, int stride) {
        int cin = in.outChannels();
        Layer x;
        if (st.expandRatio() == 1) {
            x = convBn(site(stage, block, "fused"), site(stage, block, "fused_bn"), in, st.outChannels(), st.kernel(),
                    stride, 1, st.activation());
            x = squeezeExcite(st, stage, block, x, cin);
        } else {
            x = convBn(site(stage, block, "fused"), site(stage, block, "fused_bn"), in, expanded(cin, st.expandRatio()),
                    st.kernel(), stride, 1, st.activation());
            x = squeezeExcite(st, stage, block, x, cin);
            x = convBn(site(stage, block, "project"), site(stage, block, "project_bn"), x, st.outChannels(), 1, 1, 1,
                    Activation.IDENTITY);
        }
        return identitySkip(stage, block, in, x, stride);
    }

    private Layer resnetBasic(StageSpec st, int stage, int block, Layer in, int stride) {
        Layer x = convBn(site(stage, block, "conv1"), site(stage, block, "bn1"), in, st.outChannels(), st.kernel(),
                stride, 1, st.activation());
        x = convBn(site(stage, block, "conv2"), site(stage, block, "bn2"), x, st.outChannels(), st.kernel(), 1, 1,
                Activation.IDENTITY);
        return residual(st, stage, block, in, x, stride);
    }

    /** torchvision v1.5: the stride sits on the k×k conv, not on the first 1×1. */
    private Layer resnetBottleneck(StageSpec st, int stage, int block, Layer in, int stride) {
        int mid = Math.max(1, (int) Math.round(st.outChannels() * st.expandRatio()));
        Layer x = convBn(site(stage, block, "conv1"), site(stage, block, "bn1"), in, mid, 1, 1, 1, st.activation());
        x = convBn(site(stage, block, "conv2"), site(stage, block, "bn2"), x, mid, st.kernel(), stride, 1, st.activation());
        x = convBn(site(stage, block, "conv3"), site(stage, block, "bn3"), x, st.outChannels(), 1, 1, 1,
                Activation.IDENTITY);
        return residual(st, stage, block, in, x, stride);
    }

    /** ResNet's add: projection shortcut (1×1 conv + BN) when the shape changes, then the activation. */
    private Layer residual(StageSpec st, int stage, int block, Layer in, Layer x, int stride) {
        Layer shortcut = in;
        if (stride != 1 || in.outChannels() != st.outChannels()) {
            shortcut = convBn(site(stage, block, "down"), site(stage, block, "down_bn"), in, st.outChannels(), 1, stride,
                    1, Activation.IDENTITY);
        }
        Layer sum = add(new Add(site(stage, block, "add"), x, shortcut));
        return add(new Act(site(stage, block, "out"), sum, st.activation()));
    }

    /** SE width relative to the block input, as in the official code: max(1, floor(cin · ratio)). */
    private Layer squeezeExcite(StageSpec st, int stage, int block, Layer x, int blockInput) {
        if (!st.hasSqueezeExcite()) {
            return x;
        }
        int reduced = Math.max(1, (int) (blockInput * st.seRatio()));
        Layer pooled = add(new GlobalAvgPool(site(stage, block, "se_pool"), x));
        Layer squeeze = add(new Dense(site(stage, block, "se_reduce"), pooled, reduced, st.activation(), 0, false));
        Layer gate = add(new Dense(site(stage, block, "se_expand"), squeeze, x.outChannels(), Activation.SIGMOID, 0, false));
        return add(new Scale(site(stage, block, "se_scale"), x, gate));
    }

    private Layer identitySkip(int stage, int block, Layer in, Layer x, int stride) {
        if (stride == 1 && in.outChannels() == x.outChannels()) {
            return add(new Add(site(stage, block, "add"), x, in));
        }
        return x;
    }

    private Layer convBn(Site convSite, Site bnSite, Layer in, int out, int kernel, int stride, int groups,
                         Activation activation) {
        Conv conv = add(new Conv(convSite, in, in.outChannels(), out, kernel, stride, groups, false, in.outSize()));
        return add(new BatchNorm(bnSite, conv, activation));
    }

    /** Expanded width of an inverted bottleneck: round(cin · e), as torchvision's MobileNetV2. */
    static int expanded(int cin, double ratio) {
        return Math.max(1, (int) Math.round(cin * ratio));
    }

    private static Site site(int stage, int block, String role) {
        return Site.block(stage, block, role);
    }
}
