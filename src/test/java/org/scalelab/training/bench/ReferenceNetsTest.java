package org.scalelab.training.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.training.dl4j.BuildSettings;

/** The reference networks carry the PyTorch peer's parameters, so both sides train the same work. */
class ReferenceNetsTest {
    /** sum(p.numel() for p in model.parameters()) of peer_torch.py's networks (torch 1.13). */
    private static final long TORCH_PLAIN28_PARAMS = 5_130;
    private static final long TORCH_MBCONV32_PARAMS = 79_462;
    /** BN running mean + variance in the torch state dict (DL4J keeps them among its params). */
    private static final long TORCH_MBCONV32_BN_STATS = 3_008;

    @Test
    void mbconv32IsTheSpecTheBriefNames() {
        NetworkSpec spec = ReferenceNets.mbconv32();
        assertEquals(List.of("ir_r1_k3_s1_e6_c32_se0.25_swish", "ir_r1_k3_s2_e6_c48_se0.25_swish",
                "ir_r1_k3_s1_e6_c48_se0.25_swish"), spec.stages().stream().map(Object::toString).toList());
        assertEquals(3, spec.input().channels());
        assertEquals(32, spec.input().resolution());
        assertEquals(32, spec.stem().channels());
        assertEquals(2, spec.stem().stride());
        assertEquals(false, spec.head().present());
        assertEquals(0.0, spec.classifier().dropout());
    }

    @Test
    void mbconv32HasTheTorchModelsParameters() {
        NetworkCost cost = CostModel.of(ReferenceNets.mbconv32());
        assertEquals(TORCH_MBCONV32_PARAMS, cost.params());
        assertEquals(TORCH_MBCONV32_BN_STATS, cost.bnStats());
        ComputationGraph net = ReferenceNets.build(ReferenceNets.MBCONV32, BuildSettings.defaults());
        assertEquals(TORCH_MBCONV32_PARAMS + TORCH_MBCONV32_BN_STATS, net.numParams());
    }

    @Test
    void plain28HasTheTorchModelsLayersAndParameters() {
        ComputationGraph net = ReferenceNets.plain28(BuildSettings.defaults());
        assertEquals(TORCH_PLAIN28_PARAMS, net.numParams());
        assertArrayEquals(new long[] {16, 1, 3, 3}, net.getParam("conv1_W").shape());
        assertEquals(16, net.getParam("conv1_b").length());
        assertArrayEquals(new long[] {32, 16, 3, 3}, net.getParam("conv2_W").shape());
        assertEquals(32, net.getParam("conv2_b").length());
        assertArrayEquals(new long[] {32, 10}, net.getParam("fc_W").shape());
        INDArray probabilities = net.outputSingle(Nd4j.rand(2, 1, 28, 28));
        assertArrayEquals(new long[] {2, 10}, probabilities.shape());
        // conv1 output 28x28, pool 14x14, conv2 keeps 14x14: the same feature-map sizes as the peer
        assertArrayEquals(new long[] {2, 32, 14, 14}, net.feedForward(Nd4j.rand(2, 1, 28, 28), false).get("conv2").shape());
    }

    @Test
    void namesResolveToInputsAndBadNamesAreRejected() {
        for (String name : ReferenceNets.DEFAULT_NETS) {
            ReferenceNets.input(name);
        }
        assertEquals(1, ReferenceNets.input(ReferenceNets.PLAIN28).channels());
        assertEquals(16, ReferenceNets.input("mini-effnet").resolution());
        assertEquals(28, ReferenceNets.input("mini-effnet-28").resolution());
        assertThrows(IllegalArgumentException.class, () -> ReferenceNets.spec(ReferenceNets.PLAIN28));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceNets.input("resnet-5"));
        assertEquals(true, e.getMessage().contains("mini-resnet"), e.getMessage());
    }
}
