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
import org.nd4j.linalg.api.ops.impl.reduce3.Dot;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The runtime of {@link ScaleVertex}: out = x · g with x [N,C,H,W] and g [N,C] broadcast over H and W.
 * Backward: dX = ε · g and dG = Σ_{H,W} ε · x.
 * <p>
 * Workspaces: the output lives in ACTIVATIONS and both input gradients in ACTIVATION_GRAD, where the graph
 * looks for them once this vertex returns.
 * <p>
 * Both products and the sum run on the map's [N·C, H·W] row view ({@link ChannelOps}): each row times its gate
 * value, and dG as one dot product per row, which is several times faster than a broadcast along the channels and a
 * separate product-then-sum.
 */
@SuppressWarnings("overrides") // BaseGraphVertex's generated setInputs(INDArray[]) lacks the interface's varargs
public class ScaleVertexImpl extends BaseGraphVertex {
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
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, map.dataType(), map.shape(), 'c');
        INDArray rows = ChannelOps.rows(map);
        ChannelOps.scale(rows, gateValues(inputs[1]), out.reshape('c', rows.size(0), rows.size(1)));
        return out;
    }

    @Override
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoBackward()) {
            throw new IllegalStateException(vertexName + ": cannot do backward pass, inputs or epsilon not set");
        }
        INDArray gate = inputs[1];
        INDArray map = ChannelOps.rows(inputs[0]);
        INDArray eps = ChannelOps.rows(epsilon);
        INDArray mapGrad = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, epsilon.dataType(),
                epsilon.shape(), 'c');
        ChannelOps.scale(eps, gateValues(gate), mapGrad.reshape('c', eps.size(0), eps.size(1)));
        INDArray gateGrad = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, gate.dataType(), gate.shape(),
                'c');
        Nd4j.exec(new Dot(eps, map, gateGrad.reshape(gateGrad.length()), 1));
        return new Pair<>(null, new INDArray[] {mapGrad, gateGrad});
    }

    /** The gate [N, C] as one value per row of the map's [N·C, H·W] view. */
    private static INDArray gateValues(INDArray gate) {
        INDArray g = gate.ordering() == 'c' && org.nd4j.linalg.api.shape.Shape.hasDefaultStridesForShape(gate) ? gate
                : gate.dup('c');
        return g.reshape(g.length());
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
