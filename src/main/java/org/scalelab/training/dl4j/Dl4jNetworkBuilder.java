package org.scalelab.training.dl4j;

import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
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
import org.scalelab.domain.spec.NetworkSpec;

/**
 * Builds a DL4J {@link ComputationGraph} that mirrors a {@link LayerGraph}: every graph layer becomes one DL4J
 * layer or vertex under the graph layer's name, so parameters can be found by name and DL4J's
 * {@code numParams()} equals the cost model's params + BN statistics.
 * <p>
 * The layer classes come from a {@link LayerSet}. With {@link LayerSet#FAST} (the default) a {@link BatchNorm} and its
 * activation are one {@link BatchNormActivation} layer. With {@link LayerSet#STOCK} (DL4J's own classes, the parity
 * tests' reference) a BatchNorm with an activation becomes DL4J's BN layer under its name followed by a
 * parameter-free ActivationLayer named {@code <name>_act}, because DL4J 1.0.0-M2.1's BatchNormalization ignores its
 * activation function; {@link #outputName(Layer, LayerSet)} says which DL4J vertex carries a graph layer's output.
 * Both sets have the same parameters under the same names.
 * <p>
 * The network's data type is ND4J's default floating point type ({@link Nd4j#defaultFloatingPointType()}),
 * float unless changed, so inputs made with ND4J's factory methods match the network.
 */
public final class Dl4jNetworkBuilder {
    /** The name of the graph's single input. */
    public static final String INPUT = "input";
    /** Suffix of the ActivationLayer that follows a BatchNorm with an activation. */
    public static final String ACTIVATION_SUFFIX = "_act";
    /** TensorFlow's EfficientNet epsilon. */
    static final double BN_EPS = 1e-3;
    /**
     * Running-statistics decay: PyTorch's default (momentum 0.1), not EfficientNet's 0.99. With 0.99 the running
     * mean and variance have a time constant of 100 iterations, while ScaleLab's runs are often only tens of
     * iterations (2 epochs of 2,000 images at batch 64 is about 60); eval-mode BN then normalises with statistics
     * still close to their initial 0 and 1, the error compounds through a deep MBConv network, and its eval-mode
     * output collapses to one class although training-mode loss falls.
     */
    static final double BN_DECAY = 0.9;
    private static final org.nd4j.linalg.activations.Activation LINEAR = org.nd4j.linalg.activations.Activation.IDENTITY;

    private Dl4jNetworkBuilder() {
    }

    /** The spec's graph as an initialised network of ScaleLab's {@link LayerSet#FAST} layers. */
    public static ComputationGraph build(NetworkSpec spec, BuildSettings settings) {
        return build(spec, settings, LayerSet.FAST);
    }

    public static ComputationGraph build(NetworkSpec spec, BuildSettings settings, LayerSet layers) {
        ComputationGraph net = new ComputationGraph(configuration(LayerGraph.of(spec), settings, layers));
        net.init();
        return net;
    }

    public static ComputationGraphConfiguration configuration(LayerGraph graph, BuildSettings settings) {
        return configuration(graph, settings, LayerSet.FAST);
    }

    public static ComputationGraphConfiguration configuration(LayerGraph graph, BuildSettings settings, LayerSet layers) {
        InputSpec in = graph.spec().input();
        GraphBuilder b = base(settings).graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.convolutional(in.resolution(), in.resolution(), in.channels(), CNN2DFormat.NCHW));
        for (Layer layer : graph.layers()) {
            add(b, layer, settings.weightDecay(), layers);
        }
        return b.setOutputs(outputName(graph.output(), layers)).build();
    }

    /** The DL4J vertex whose output is this graph layer's output, in a {@link LayerSet#FAST} network. */
    public static String outputName(Layer layer) {
        return outputName(layer, LayerSet.FAST);
    }

    /** The DL4J vertex whose output is this graph layer's output. */
    public static String outputName(Layer layer, LayerSet layers) {
        return layers == LayerSet.STOCK && layer instanceof BatchNorm bn && bn.activation() != Activation.IDENTITY
                ? layer.name() + ACTIVATION_SUFFIX : layer.name();
    }

    private static NeuralNetConfiguration.Builder base(BuildSettings settings) {
        return new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .updater(settings.updater())
                .dataType(Nd4j.defaultFloatingPointType())
                // DL4J's default is sigmoid; every layer here sets its own, so a forgotten one shows as linear.
                .activation(LINEAR)
                .weightInit(WeightInit.XAVIER)
                .convolutionMode(ConvolutionMode.Same)
                .trainingWorkspaceMode(settings.workspaceMode())
                .inferenceWorkspaceMode(settings.workspaceMode());
    }

    private static void add(GraphBuilder b, Layer layer, double weightDecay, LayerSet layers) {
        String[] inputs = inputNames(layer.inputs(), layers);
        String name = layer.name();
        if (layer instanceof Add) {
            b.addVertex(name, new ElementWiseVertex(ElementWiseVertex.Op.Add), inputs);
        } else if (layer instanceof Scale) {
            b.addVertex(name, new ScaleVertex(), inputs);
        } else if (layer instanceof Flatten f) {
            // DL4J's own CNN-to-vector reshape, in NCHW order (channel, row, column), as PyTorch's flatten.
            b.addVertex(name, new PreprocessorVertex(new CnnToFeedForwardPreProcessor(f.input().outSize(),
                    f.input().outSize(), f.input().outChannels(), CNN2DFormat.NCHW)), inputs);
        } else if (layer instanceof BatchNorm bn) {
            BatchNormalization.Builder bnb = new BatchNormalization.Builder().eps(BN_EPS).decay(BN_DECAY)
                    .nIn(bn.outChannels()).nOut(bn.outChannels());
            if (layers == LayerSet.FAST) {
                b.addLayer(name, ConfCopy.into(new BatchNormActivation(), bnb.activation(activation(bn.activation(), layers)).build()),
                        inputs);
            } else {
                b.addLayer(name, bnb.build(), inputs);
                if (bn.activation() != Activation.IDENTITY) {
                    b.addLayer(outputName(bn, layers),
                            new ActivationLayer.Builder().activation(activation(bn.activation(), layers)).build(), name);
                }
            }
        } else {
            b.addLayer(name, layer(layer, weightDecay, layers), inputs);
        }
    }

    private static org.deeplearning4j.nn.conf.layers.Layer layer(Layer layer, double weightDecay, LayerSet layers) {
        if (layer instanceof Conv conv) {
            return conv(conv, weightDecay, layers);
        }
        if (layer instanceof Act act) {
            return new ActivationLayer.Builder().activation(activation(act.activation(), layers)).build();
        }
        if (layer instanceof MaxPool pool) {
            return new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(pool.kernel(), pool.kernel())
                    .stride(pool.stride(), pool.stride()).convolutionMode(ConvolutionMode.Same).build();
        }
        if (layer instanceof GlobalAvgPool) {
            return new GlobalPoolingLayer.Builder(PoolingType.AVG).collapseDimensions(true).build();
        }
        if (layer instanceof Dense dense) {
            return dense.output() ? classifier(dense, weightDecay) : dense(dense, weightDecay, layers);
        }
        throw new IllegalArgumentException(layer.name() + ": no DL4J layer for " + layer.getClass().getSimpleName());
    }

    /**
     * He initialisation: every conv is followed by BN and a ReLU-like activation, as in torchvision.
     * <p>
     * Depthwise convs get He's N(0, 2 / fan-in) with fan-in k·k, as torchvision and Keras compute it: DL4J's
     * DepthwiseConvolutionParamInitializer counts fan-in as channels·k·k, which makes a depthwise conv's output
     * about 1/channels of its input's variance. Train-mode BN hides that, but BN's running variance starts at 1
     * and, with decay 0.99, needs hundreds of iterations to come down to it; until then every eval-mode depthwise
     * BN shrinks its output several times over, the shrinkage compounds block after block, and a deep MBConv
     * network's eval-mode output is a constant (one class for every image).
     */
    private static org.deeplearning4j.nn.conf.layers.Layer conv(Conv c, double weightDecay, LayerSet layers) {
        if (!c.depthwise() && c.groups() != 1) {
            throw new IllegalArgumentException(c.name() + ": DL4J has no grouped convolution (groups " + c.groups() + ")");
        }
        ConvolutionLayer.BaseConvBuilder<?> b = c.depthwise()
                ? new DepthwiseConvolution2D.Builder().depthMultiplier(1) : new ConvolutionLayer.Builder();
        b.kernelSize(c.kernel(), c.kernel()).stride(c.stride(), c.stride()).hasBias(c.bias())
                .convolutionMode(ConvolutionMode.Same).nIn(c.inChannels()).nOut(c.outChannels())
                .activation(LINEAR).weightInit(WeightInit.RELU);
        if (c.depthwise()) {
            b.weightInit(new NormalDistribution(0, Math.sqrt(2.0 / (c.kernel() * c.kernel()))));
        }
        org.deeplearning4j.nn.conf.layers.Layer built = withWeightDecay(b, weightDecay).build();
        if (layers == LayerSet.STOCK) {
            return built;
        }
        return built instanceof DepthwiseConvolution2D ? ConfCopy.into(new DepthwiseNoRecompute(), built)
                : ConfCopy.into(new ConvolutionNoRecompute(), built);
    }

    private static org.deeplearning4j.nn.conf.layers.Layer dense(Dense d, double weightDecay, LayerSet layers) {
        DenseLayer.Builder b = new DenseLayer.Builder().nIn(d.inChannels()).nOut(d.outChannels())
                .activation(activation(d.activation(), layers));
        return withWeightDecay(b, weightDecay).build();
    }

    /** DL4J's dropOut(p) takes the probability of KEEPING an input, and drops nothing only when left unset. */
    private static org.deeplearning4j.nn.conf.layers.Layer classifier(Dense d, double weightDecay) {
        OutputLayer.Builder b = new OutputLayer.Builder(LossFunction.MCXENT)
                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX)
                .nIn(d.inChannels()).nOut(d.outChannels());
        if (d.dropout() > 0) {
            b.dropOut(1 - d.dropout());
        }
        return withWeightDecay(b, weightDecay).build();
    }

    /**
     * Decay on conv and dense weights: BN's γ and β stay free, as in the EfficientNet reference code, and so do
     * biases (DL4J's default). Set per layer because DL4J M2.1 copies a global weightDecay into every layer twice.
     */
    private static BaseLayer.Builder<?> withWeightDecay(BaseLayer.Builder<?> b, double weightDecay) {
        if (weightDecay > 0) {
            b.weightDecay(weightDecay);
        }
        return b;
    }

    /** DL4J's activation for a spec's; {@link LayerSet#FAST} takes {@link FastRelu} for ReLU. */
    public static IActivation activation(Activation a, LayerSet layers) {
        if (a == Activation.RELU && layers == LayerSet.FAST) {
            return new FastRelu();
        }
        return switch (a) {
            case RELU -> org.nd4j.linalg.activations.Activation.RELU.getActivationFunction();
            case RELU6 -> org.nd4j.linalg.activations.Activation.RELU6.getActivationFunction();
            case SWISH -> org.nd4j.linalg.activations.Activation.SWISH.getActivationFunction();
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID.getActivationFunction();
            case IDENTITY -> org.nd4j.linalg.activations.Activation.IDENTITY.getActivationFunction();
        };
    }

    private static String[] inputNames(List<Layer> inputs, LayerSet layers) {
        if (inputs.isEmpty()) {
            return new String[] {INPUT};
        }
        return inputs.stream().map(l -> outputName(l, layers)).toArray(String[]::new);
    }
}
