package org.scalelab.domain.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;

class NetworkSpecTest {

    private static NetworkSpec small(int resolution) {
        return new NetworkSpec("t", "", new InputSpec(1, resolution, 10),
                new StemSpec(3, 2, 16, Activation.RELU, false),
                List.of(StageNotation.parse("cn_r1_k3_s2_c32_relu"), StageNotation.parse("cn_r1_k3_s2_c64_relu")),
                HeadSpec.NONE, new ClassifierSpec(0));
    }

    @Test
    void resolutionTooSmallForTheTotalStrideIsRejectedWithBothNumbers() {
        SpecException e = assertThrows(SpecException.class, () -> small(7));
        assertEquals("input.resolution", e.field());
        assertEquals("input.resolution: 7 px is too small for the network's total stride of 8 (needs at least 8 px)",
                e.getMessage());
        assertEquals(8, small(8).totalStride());
    }

    @Test
    void recordsNameTheirField() {
        assertEquals("kernel: 2 is even; kernels must be odd (1, 3, 5, 7, ...)",
                assertThrows(SpecException.class, () -> new StemSpec(2, 1, 8, Activation.RELU, false)).getMessage());
        assertEquals("classes: 1 must be at least 2",
                assertThrows(SpecException.class, () -> new InputSpec(3, 32, 1)).getMessage());
        assertEquals("dropout: 1.0 must lie in [0, 1)",
                assertThrows(SpecException.class, () -> new ClassifierSpec(1.0)).getMessage());
        assertEquals("channels: -1 must be 0 (no head) or more",
                assertThrows(SpecException.class, () -> new HeadSpec(-1, Activation.RELU)).getMessage());
        assertEquals("stages: a network needs at least one stage",
                assertThrows(SpecException.class, () -> small(32).withStages(List.of())).getMessage());
    }

    @Test
    void stagesAreImmutable() {
        List<StageSpec> stages = new ArrayList<>(small(32).stages());
        NetworkSpec spec = small(32).withStages(stages);
        stages.clear();
        assertEquals(2, spec.stages().size());
        assertThrows(UnsupportedOperationException.class, () -> spec.stages().clear());
    }

    @Test
    void withStageReplacesOneStageAndValidatesTheWhole() {
        NetworkSpec spec = small(32);
        NetworkSpec wider = spec.withStage(1, spec.stages().get(1).withOutChannels(96));
        assertNotSame(spec, wider);
        assertEquals(96, wider.featureChannels());
        assertEquals(64, spec.featureChannels());
        StageSpec bigStride = new StageSpec(BlockType.CONV, 1, 3, 4, 1, 64, 0, Activation.RELU);
        assertThrows(SpecException.class, () -> small(8).withStage(1, bigStride));
    }

    @Test
    void everyPresetRoundTripsThroughJson() {
        for (NetworkSpec spec : Presets.all()) {
            assertEquals(spec, NetworkSpecJson.read(NetworkSpecJson.write(spec)), spec.name());
        }
    }

    @Test
    void jsonErrorsNameTheField() {
        String good = NetworkSpecJson.write(Presets.get("simple-cnn-28"));
        assertEquals("stages[1]: k in cn_r1_k2_s2_c64_relu: 2 is even; kernels must be odd (1, 3, 5, 7, ...)",
                message(good.replace("cn_r1_k3_s2_c64_relu", "cn_r1_k2_s2_c64_relu")));
        assertEquals("stem.stride: 0 must be at least 1", message(good.replace("\"stride\" : 1", "\"stride\" : 0")));
        assertEquals("input.chanels: unknown field; expected one of [channels, resolution, classes]",
                message(good.replace("\"channels\" : 1,", "\"chanels\" : 1,")).replaceAll("\\[.*]", "[channels, resolution, classes]"));
        assertEquals("stem.kernel: \"3\" is not a whole number", message(good.replace("\"kernel\" : 3", "\"kernel\" : \"3\"")));
        assertEquals("name: missing", message("{\"input\": {}}"));
    }

    @Test
    void invalidJsonSaysWhere() {
        String m = message("{\"name\": \"x\",,}");
        assertEquals(true, m.startsWith("not valid JSON (line 1, column 14)"), m);
    }

    private static String message(String json) {
        return assertThrows(SpecException.class, () -> NetworkSpecJson.read(json)).getMessage();
    }
}
