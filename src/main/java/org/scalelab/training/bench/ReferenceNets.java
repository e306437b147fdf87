package org.scalelab.training.bench;

import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.training.dl4j.BuildSettings;
import org.scalelab.training.dl4j.ConfCopy;
import org.scalelab.training.dl4j.ConvolutionNoRecompute;
import org.scalelab.training.dl4j.LayerSet;
import org.scalelab.training.dl4j.Dl4jNetworkBuilder;

/**
 * The networks of the training-speed benchmark, so that ScaleLab and the PyTorch peer
 * ({@code shared/bench/peer_torch.py}) train the same work.
 * <ul>
 * <li>{@value #MBCONV32} is a ScaleLab spec in its own notation and goes through {@link Dl4jNetworkBuilder}, the
 * path real training takes. Its parameter count equals the peer's (a test holds it).</li>
 * <li>{@value #PLAIN28} cannot be written as a spec: the stem is always conv + BN + activation without bias, and a
 * stage cannot hold a max pool. It is built here directly as a DL4J graph with the peer's layers: conv 3×3 16
 * with bias → ReLU → max pool 2 → conv 3×3 32 with bias → ReLU → global average pool → dense 10.</li>
 * <li>Any other name is a bundled preset ({@code simple-cnn}, {@code mini-resnet}, {@code mini-effnet}, ...).</li>
 * </ul>
 * Padding differs in one detail: DL4J's {@code Same} mode pads a stride-2 3×3 convolution on an even input only at
 * the bottom/right (as TensorFlow), PyTorch pads 1 on every side. Output sizes, parameters and MACs are the same.
 */
public final class ReferenceNets {
    public static final String PLAIN28 = "plain28";
    public static final String MBCONV32 = "mbconv32";

    /** The default benchmark set: the two peer networks, then the small presets. */
    public static final List<String> DEFAULT_NETS = List.of(PLAIN28, MBCONV32, "simple-cnn", "mini-resnet", "mini-effnet");

    private static final InputSpec PLAIN28_INPUT = new InputSpec(1, 28, 10);

    private static final String MBCONV32_JSON = """
            {
              "name": "mbconv32",
              "description": "The PyTorch peer's mbconv32: stem, three MBConv+SE blocks, no head, no dropout",
              "input": {"channels": 3, "resolution": 32, "classes": 10},
              "stem": {"kernel": 3, "stride": 2, "channels": 32, "activation": "swish"},
              "stages": [
                "ir_r1_k3_s1_e6_c32_se0.25_swish",
                "ir_r1_k3_s2_e6_c48_se0.25_swish",
                "ir_r1_k3_s1_e6_c48_se0.25_swish"
              ],
              "head": {"channels": 0, "activation": "identity"},
              "classifier": {"dropout": 0.0}
            }
            """;
    private static final NetworkSpec MBCONV32_SPEC = NetworkSpecJson.read(MBCONV32_JSON);

    private ReferenceNets() {
    }

    /** The peer's {@code mbconv32} as a ScaleLab spec. */
    public static NetworkSpec mbconv32() {
        return MBCONV32_SPEC;
    }

    /**
     * The spec behind a benchmark name: {@value #MBCONV32} or a preset. {@value #PLAIN28} has none (see the class
     * comment), so it throws {@link IllegalArgumentException}, as does an unknown name.
     */
    public static NetworkSpec spec(String name) {
        if (PLAIN28.equals(name)) {
            throw new IllegalArgumentException(PLAIN28 + " cannot be written as a ScaleLab spec; use build()");
        }
        if (MBCONV32.equals(name)) {
            return MBCONV32_SPEC;
        }
        try {
            return Presets.get(name);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown benchmark network '" + name + "'; expected " + PLAIN28 + ", "
                    + MBCONV32 + " or a preset (" + String.join(", ", Presets.names()) + ")", e);
        }
    }

    /** The input of a benchmark network: channels, resolution, classes. */
    public static InputSpec input(String name) {
        return PLAIN28.equals(name) ? PLAIN28_INPUT : spec(name).input();
    }

    /** An initialised NCHW network for a benchmark name; the settings give seed, updater and workspace mode. */
    public static ComputationGraph build(String name, BuildSettings settings) {
        return build(name, settings, LayerSet.FAST);
    }

    public static ComputationGraph build(String name, BuildSettings settings, LayerSet layers) {
        return PLAIN28.equals(name) ? plain28(settings, layers) : Dl4jNetworkBuilder.build(spec(name), settings, layers);
    }

    /** The peer's {@code plain28}, built directly (it is not expressible as a spec). Weight decay is not applied. */
    public static ComputationGraph plain28(BuildSettings settings) {
        return plain28(settings, LayerSet.FAST);
    }

    public static ComputationGraph plain28(BuildSettings settings, LayerSet layers) {
        ComputationGraph net = new ComputationGraph(plain28Configuration(settings, layers));
        net.init();
        return net;
    }

    static ComputationGraphConfiguration plain28Configuration(BuildSettings settings, LayerSet layers) {
        InputSpec in = PLAIN28_INPUT;
        return new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .updater(settings.updater())
                .dataType(Nd4j.defaultFloatingPointType())
                .weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Same)
                .trainingWorkspaceMode(settings.workspaceMode())
                .inferenceWorkspaceMode(settings.workspaceMode())
                .graphBuilder()
                .addInputs(Dl4jNetworkBuilder.INPUT)
                .setInputTypes(InputType.convolutional(in.resolution(), in.resolution(), in.channels(), CNN2DFormat.NCHW))
                // The ReLU sits inside each conv layer: one DL4J layer per torch conv + ReLU pair.
                .addLayer("conv1", conv(in.channels(), 16, layers), Dl4jNetworkBuilder.INPUT)
                .addLayer("pool", new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build(),
                        "conv1")
                .addLayer("conv2", conv(16, 32, layers), "pool")
                .addLayer("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).collapseDimensions(true).build(), "conv2")
                .addLayer("fc", new OutputLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX)
                        .weightInit(WeightInit.XAVIER).nIn(32).nOut(in.classes()).build(), "gap")
                .setOutputs("fc")
                .build();
    }

    private static org.deeplearning4j.nn.conf.layers.Layer conv(int in, int out, LayerSet layers) {
        ConvolutionLayer built = new ConvolutionLayer.Builder(3, 3).stride(1, 1).nIn(in).nOut(out).hasBias(true)
                .activation(Dl4jNetworkBuilder.activation(org.scalelab.domain.spec.Activation.RELU, layers)).build();
        return layers == LayerSet.FAST ? ConfCopy.into(new ConvolutionNoRecompute(), built) : built;
    }
}
