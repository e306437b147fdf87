package org.scalelab.training.bench;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.weightinit.impl.XavierInitScheme;
import org.scalelab.domain.graph.Act;
import org.scalelab.domain.graph.Add;
import org.scalelab.domain.graph.BatchNorm;
import org.scalelab.domain.graph.Conv;
import org.scalelab.domain.graph.Dense;
import org.scalelab.domain.graph.Flatten;
import org.scalelab.domain.graph.GlobalAvgPool;
import org.scalelab.domain.graph.Layer;
import org.scalelab.domain.graph.LayerGraph;
import org.scalelab.domain.graph.MaxPool;
import org.scalelab.domain.graph.Scale;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.InputSpec;

/**
 * The SameDiff lever, measured, not shipped: the benchmark networks as SameDiff graphs built from the same
 * {@link LayerGraph} as the DL4J builder (plain28 by hand, as in {@link ReferenceNets}), trained with SameDiff's own
 * loop (Adam 1e-3, softmax cross-entropy). libnd4j runs the same ops (conv2d, depthwise_conv2d, batchnorm with oneDNN
 * where it has them). BN uses the batch's moments with the gradient through them, as in training mode; the running
 * statistics, which only inference reads, are not kept (a little less work than the DL4J side does).
 */
public final class SameDiffNets {
    private static final String INPUT = "input";
    private static final String LABEL = "label";
    private static final double BN_EPS = 1e-3;

    private SameDiffNets() {
    }

    /** A network ready for {@code fit}: its graph and one random batch. */
    public record Prepared(SameDiff sd, DataSet batch) {
        public void fit() {
            sd.fit(batch);
        }

        public void output() {
            sd.output(Map.of(INPUT, batch.getFeatures()), "logits");
        }

        public double loss() {
            return sd.output(Map.of(INPUT, batch.getFeatures(), LABEL, batch.getLabels()), "loss").get("loss").getDouble(0);
        }

        public long trainableParams() {
            return sd.variables().stream().filter(v -> v.getVariableType() == org.nd4j.autodiff.samediff.VariableType.VARIABLE)
                    .mapToLong(v -> v.getArr().length()).sum();
        }
    }

    public static Prepared prepare(String net, int batch) {
        InputSpec in = ReferenceNets.input(net);
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder(INPUT, DataType.FLOAT, -1, in.channels(), in.resolution(), in.resolution());
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, in.classes());
        SDVariable logits = ReferenceNets.PLAIN28.equals(net) ? plain28(sd, x, in) : fromGraph(sd, x,
                LayerGraph.of(ReferenceNets.spec(net)));
        sd.loss().softmaxCrossEntropy("loss", label, logits.rename("logits"), null);
        sd.setTrainingConfig(new TrainingConfig.Builder().updater(new Adam(1e-3))
                .dataSetFeatureMapping(INPUT).dataSetLabelMapping(LABEL).build());
        Nd4j.getRandom().setSeed(7);
        INDArray features = Nd4j.rand(DataType.FLOAT, batch, in.channels(), in.resolution(), in.resolution());
        INDArray labels = Nd4j.zeros(DataType.FLOAT, batch, in.classes());
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < batch; i++) {
            labels.putScalar(i, r.nextInt(in.classes()), 1.0);
        }
        return new Prepared(sd, new DataSet(features, labels));
    }

    private static SDVariable plain28(SameDiff sd, SDVariable x, InputSpec in) {
        SDVariable h = sd.nn().relu(conv(sd, "conv1", x, in.channels(), 16, 3, 1, true), 0);
        h = sd.cnn().maxPooling2d(h, Pooling2DConfig.builder().kH(2).kW(2).sH(2).sW(2).isNHWC(false)
                .paddingMode(PaddingMode.VALID).build());
        h = sd.nn().relu(conv(sd, "conv2", h, 16, 32, 3, 1, true), 0);
        return dense(sd, "fc", h.mean(2, 3), 32, in.classes());
    }

    private static SDVariable fromGraph(SameDiff sd, SDVariable x, LayerGraph graph) {
        Map<Layer, SDVariable> out = new HashMap<>();
        for (Layer l : graph.layers()) {
            SDVariable in = l.inputs().isEmpty() ? x : out.get(l.inputs().get(0));
            SDVariable y;
            if (l instanceof Conv c) {
                y = c.depthwise() ? depthwise(sd, c.name(), in, c) : conv(sd, c.name(), in, c.inChannels(), c.outChannels(),
                        c.kernel(), c.stride(), c.bias());
            } else if (l instanceof BatchNorm bn) {
                y = activation(sd, batchNorm(sd, bn.name(), in, bn.outChannels()), bn.activation());
            } else if (l instanceof Act a) {
                y = activation(sd, in, a.activation());
            } else if (l instanceof MaxPool p) {
                y = sd.cnn().maxPooling2d(in, Pooling2DConfig.builder().kH(p.kernel()).kW(p.kernel()).sH(p.stride())
                        .sW(p.stride()).isNHWC(false).paddingMode(PaddingMode.SAME).build());
            } else if (l instanceof GlobalAvgPool) {
                y = in.mean(2, 3);
            } else if (l instanceof Flatten f) {
                y = in.reshape(-1, f.outChannels());
            } else if (l instanceof Dense d) {
                y = activation(sd, dense(sd, d.name(), in, d.inChannels(), d.outChannels()), d.activation());
            } else if (l instanceof Scale s) {
                y = in.mul(out.get(s.gate()).reshape(-1, s.outChannels(), 1, 1));
            } else if (l instanceof Add a) {
                y = out.get(a.left()).add(out.get(a.right()));
            } else {
                throw new IllegalArgumentException(l.name() + ": no SameDiff mapping for " + l.getClass().getSimpleName());
            }
            out.put(l, y);
        }
        return out.get(graph.output());
    }

    private static SDVariable conv(SameDiff sd, String name, SDVariable in, int cin, int cout, int k, int stride,
                                   boolean bias) {
        SDVariable w = sd.var(name + "_W", new XavierInitScheme('c', cin * k * k, cout * k * k), DataType.FLOAT,
                k, k, cin, cout);
        Conv2DConfig cfg = Conv2DConfig.builder().kH(k).kW(k).sH(stride).sW(stride).paddingMode(PaddingMode.SAME)
                .dataFormat("NCHW").build();
        return bias ? sd.cnn().conv2d(in, w, sd.zero(name + "_b", DataType.FLOAT, cout).convertToVariable(), cfg)
                : sd.cnn().conv2d(in, w, cfg);
    }

    private static SDVariable depthwise(SameDiff sd, String name, SDVariable in, Conv c) {
        SDVariable w = sd.var(name + "_W", new XavierInitScheme('c', c.kernel() * c.kernel(), c.kernel() * c.kernel()),
                DataType.FLOAT, c.kernel(), c.kernel(), c.inChannels(), 1);
        return sd.cnn().depthWiseConv2d(in, w, Conv2DConfig.builder().kH(c.kernel()).kW(c.kernel()).sH(c.stride())
                .sW(c.stride()).paddingMode(PaddingMode.SAME).dataFormat("NCHW").build());
    }

    /**
     * From primitive ops: M2.1's {@code batchNorm} op cannot be differentiated (its doDiff builds BatchNormDerivative
     * without the axis and throws "axis must be specified").
     */
    private static SDVariable batchNorm(SameDiff sd, String name, SDVariable in, int channels) {
        SDVariable gamma = sd.one(name + "_gamma", DataType.FLOAT, 1, channels, 1, 1).convertToVariable();
        SDVariable beta = sd.zero(name + "_beta", DataType.FLOAT, 1, channels, 1, 1).convertToVariable();
        SDVariable centred = in.sub(in.mean(true, 0, 2, 3));
        SDVariable variance = centred.mul(centred).mean(true, 0, 2, 3);
        return centred.mul(sd.math().rsqrt(variance.add(BN_EPS))).mul(gamma).add(beta);
    }

    private static SDVariable dense(SameDiff sd, String name, SDVariable in, int nin, int nout) {
        SDVariable w = sd.var(name + "_W", new XavierInitScheme('c', nin, nout), DataType.FLOAT, nin, nout);
        return sd.nn().linear(in, w, sd.zero(name + "_b", DataType.FLOAT, nout).convertToVariable());
    }

    private static SDVariable activation(SameDiff sd, SDVariable x, Activation a) {
        return switch (a) {
            case RELU -> sd.nn().relu(x, 0);
            case RELU6 -> sd.nn().relu6(x, 0);
            case SWISH -> sd.nn().swish(x);
            case SIGMOID -> sd.nn().sigmoid(x);
            case IDENTITY -> x;
        };
    }
}
