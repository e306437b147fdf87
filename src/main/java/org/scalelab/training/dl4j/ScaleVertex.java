package org.scalelab.training.dl4j;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.inputs.InvalidInputTypeException;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Configuration of squeeze-excitation's multiply: an NCHW feature map (first input) scaled channel by channel
 * by a gate vector (second input). DL4J 1.0.0-M2.1 has no vertex for this: its ElementWiseVertex broadcasts
 * numpy-style, which lines a [N,C] gate up with the width axis, not the channels.
 * <p>
 * It has no fields, so DL4J's JSON (which records the class name) restores it with the no-arg constructor.
 */
public class ScaleVertex extends GraphVertex {

    @Override
    public ScaleVertex clone() {
        return new ScaleVertex();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public long numParams(boolean backprop) {
        return 0;
    }

    @Override
    public int minVertexInputs() {
        return 2;
    }

    @Override
    public int maxVertexInputs() {
        return 2;
    }

    @Override
    public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int idx,
                                                                      INDArray paramsView, boolean initializeParams,
                                                                      DataType networkDatatype) {
        return new ScaleVertexImpl(graph, name, idx, networkDatatype);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... inputs) {
        if (inputs.length != 2 || !(inputs[0] instanceof InputType.InputTypeConvolutional map)
                || !(inputs[1] instanceof InputType.InputTypeFeedForward gate)) {
            throw new InvalidInputTypeException("ScaleVertex needs a convolutional map and a feed-forward gate, got "
                    + Arrays.toString(inputs));
        }
        if (map.getFormat() != CNN2DFormat.NCHW || gate.getSize() != map.getChannels()) {
            throw new InvalidInputTypeException("ScaleVertex needs an NCHW map and a gate of its channels, got "
                    + map + " and " + gate);
        }
        return map;
    }

    /** No parameters or cache; backprop holds one map-sized product while it sums the gate's gradient. */
    @Override
    public MemoryReport getMemoryReport(InputType... inputs) {
        InputType out = getOutputType(-1, inputs);
        return new LayerMemoryReport.Builder(null, ScaleVertex.class, inputs[0], out)
                .standardMemory(0, 0)
                .workingMemory(0, 0, 0, out.arrayElementsPerExample())
                .cacheMemory(0, 0)
                .build();
    }

    @Override
    public String toString() {
        return "ScaleVertex()";
    }
}
