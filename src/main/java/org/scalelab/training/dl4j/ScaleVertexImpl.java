package org.scalelab.training.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The runtime of {@link ScaleVertex}: out = x · g with x [N,C,H,W] and g [N,C] broadcast over H and W.
 * Backward: dX = ε · g and dG = Σ_{H,W} ε · x.
 * <p>
 * Workspaces: the output lives in ACTIVATIONS and both input gradients in ACTIVATION_GRAD, where the graph
 * looks for them once this vertex returns; the ε · x product is scratch, so it goes to BP_WORKING_MEM, which
 * the graph opens around each vertex's backward pass.
 */
@SuppressWarnings("overrides") // BaseGraphVertex's generated setInputs(INDArray[]) lacks the interface's varargs
public class ScaleVertexImpl extends BaseGraphVertex {
    /** The gate's axes within the map; it is repeated along the others (H, W). */
    private static final int[] CHANNEL_AXES = {0, 1};
    private static final int[] SPATIAL_AXES = {2, 3};

    public ScaleVertexImpl(ComputationGraph graph, String name, int vertexIndex, DataType dataType) {
        super(graph, name, vertexIndex, null, null, dataType);
    }

    @Override
    public boolean hasLayer() {
        return false;
    }

    @Override
    public Layer getLayer() {
        return null;
    }

    @Override
    public INDArray doForward(boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoForward()) {
            throw new IllegalStateException(vertexName + ": cannot do forward pass, inputs not set");
        }
        INDArray map = inputs[0];
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, map.dataType(), map.shape(),
                map.ordering());
        Nd4j.exec(new BroadcastMulOp(map, inputs[1], out, CHANNEL_AXES));
        return out;
    }

    @Override
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoBackward()) {
            throw new IllegalStateException(vertexName + ": cannot do backward pass, inputs or epsilon not set");
        }
        INDArray map = inputs[0];
        INDArray gate = inputs[1];
        INDArray mapGrad = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, epsilon.dataType(),
                epsilon.shape(), epsilon.ordering());
        Nd4j.exec(new BroadcastMulOp(epsilon, gate, mapGrad, CHANNEL_AXES));

        INDArray product = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, epsilon.dataType(),
                epsilon.shape(), epsilon.ordering());
        Nd4j.exec(new MulOp(epsilon, map, product));
        INDArray gateGrad = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, gate.dataType(), gate.shape(),
                'c');
        product.sum(gateGrad, SPATIAL_AXES);
        return new Pair<>(null, new INDArray[] {mapGrad, gateGrad});
    }

    @Override
    public void setBackpropGradientsViewArray(INDArray backpropGradientsViewArray) {
        if (backpropGradientsViewArray != null) {
            throw new IllegalArgumentException(vertexName + ": ScaleVertex has no parameters, so no gradient view");
        }
    }

    /** Masks do not apply to CNN maps; whatever the map carries passes through. */
    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] maskArrays, MaskState currentMaskState,
                                                           int minibatchSize) {
        return new Pair<>(maskArrays == null ? null : maskArrays[0], currentMaskState);
    }

    @Override
    public String toString() {
        return "ScaleVertexImpl(name=" + vertexName + ")";
    }
}
