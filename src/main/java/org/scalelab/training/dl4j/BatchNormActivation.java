package org.scalelab.training.dl4j;

import java.lang.reflect.Field;
import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSwish;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarAdd;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarReverseSubtraction;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's BatchNormalization configuration with its activation applied by the layer itself, so a BN and its
 * activation are one layer (DL4J's own BN ignores its activation and needs an ActivationLayer after it, which copies
 * the map in both passes). The runtime layer is DL4J's BN with {@link FastBatchNormHelper} in its helper slot on the
 * CPU; parameters, running statistics and their JSON are DL4J's.
 * <p>
 * Activation: ReLU masks the gradient with the output's sign; swish keeps s = sigmoid(z) and the output y = z·s, so
 * that its derivative is s + y·(1 − s) (four vectorised passes; libnd4j's swish derivative calls pow per element,
 * 7 ns per element against 2 here);
 * any other activation keeps a copy of z and uses DL4J's own derivative.
 */
public class BatchNormActivation extends BatchNormalization {

    /** For DL4J's JSON. */
    public BatchNormActivation() {
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray paramsView, boolean initializeParams, DataType dataType) {
        LayerValidation.assertNOutSet("BatchNormalization", getLayerName(), index, getNOut());
        return RuntimeLayers.wire(new Runtime(conf, dataType), this, conf, listeners, index, paramsView,
                initializeParams);
    }

    static final class Runtime extends org.deeplearning4j.nn.layers.normalization.BatchNormalization {
        private static final Field HELPER = helperField();
        /** ReLU and others: the output or z; swish: s. */
        private INDArray kept;
        /** Swish: the output. */
        private INDArray keptOutput;

        Runtime(NeuralNetConfiguration conf, DataType dataType) {
            super(conf, dataType);
            if ("CPU".equalsIgnoreCase(Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend"))) {
                try {
                    HELPER.set(this, new FastBatchNormHelper(dataType));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot install the batch-norm helper", e);
                }
            }
        }

        private static Field helperField() {
            try {
                Field f = org.deeplearning4j.nn.layers.normalization.BatchNormalization.class.getDeclaredField("helper");
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("DL4J's BatchNormalization has no helper field", e);
            }
        }

        private IActivation activation() {
            return layerConf().getActivationFn();
        }

        @Override
        public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
            INDArray z = super.activate(training, mgr);
            kept = null;
            keptOutput = null;
            IActivation a = activation();
            if (a == null || a instanceof ActivationIdentity) {
                return z;
            }
            if (a instanceof FastRelu) {
                a.getActivation(z, training);
                kept = training ? z : null;
                return z;
            }
            if (a instanceof ActivationSwish) {
                INDArray s = mgr.createUninitialized(training ? ArrayType.ACTIVATIONS : ArrayType.FF_WORKING_MEM,
                        z.dataType(), z.shape(), 'c');
                sigmoid(z, s);
                Nd4j.exec(new MulOp(z, s, z));
                kept = training ? s : null;
                keptOutput = training ? z : null;
                return z;
            }
            INDArray y = mgr.dup(ArrayType.ACTIVATIONS, z);
            kept = training ? z : null;
            return a.getActivation(y, training);
        }

        /**
         * s = sigmoid(z) as 0.5 + 0.5·tanh(z/2): libnd4j's tanh op runs oneDNN's vectorised kernel (0.9 ns per
         * element here) where its sigmoid calls expf per element (3.2 ns).
         */
        private static void sigmoid(INDArray z, INDArray s) {
            Nd4j.exec(new ScalarMultiplication(z, null, s, 0.5));
            Nd4j.exec(DynamicCustomOp.builder("tanh").addInputs(s).addOutputs(s).build());
            Nd4j.exec(new ScalarMultiplication(s, null, s, 0.5));
            Nd4j.exec(new ScalarAdd(s, null, s, 0.5));
        }

        @Override
        public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
            IActivation a = activation();
            INDArray dz = epsilon;
            if (!(a == null || a instanceof ActivationIdentity)) {
                if (kept == null) {
                    throw new IllegalStateException(layerId() + ": backprop without a training forward pass");
                }
                dz = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, epsilon.dataType(), epsilon.shape(), 'c');
                if (a instanceof FastRelu) {
                    Nd4j.exec(new Step(kept, dz, 0.0));
                    Nd4j.exec(new MulOp(dz, epsilon, dz));
                } else if (a instanceof ActivationSwish) {
                    Nd4j.exec(new ScalarReverseSubtraction(kept, null, dz, 1.0)); // 1 − s
                    Nd4j.exec(new MulOp(dz, keptOutput, dz));                   // y·(1 − s)
                    Nd4j.exec(new AddOp(dz, kept, dz));                         // s + y·(1 − s)
                    Nd4j.exec(new MulOp(dz, epsilon, dz));
                } else {
                    dz = a.backprop(kept, epsilon).getFirst();
                }
            }
            kept = null;
            keptOutput = null;
            return super.backpropGradient(dz, mgr);
        }
    }
}
