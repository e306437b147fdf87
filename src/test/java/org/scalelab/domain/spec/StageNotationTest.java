package org.scalelab.domain.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StageNotationTest {

    @Test
    void parsesEfficientNetStageString() {
        StageSpec s = StageNotation.parse("ir_r2_k3_s2_e6_c24_se0.25_swish");
        assertEquals(new StageSpec(BlockType.MBCONV, 2, 3, 2, 6, 24, 0.25, Activation.SWISH), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ir_r1_k3_s1_e1_c16_se0.25_swish", "ir_r4_k5_s2_e6_c192_se0.25_swish",
            "ir_r3_k3_s2_e6_c32_relu6", "er_r2_k3_s1_e4_c48_swish", "cn_r1_k3_s2_c32_relu",
            "rb_r2_k3_s1_c64_relu", "bt_r3_k3_s1_e0.25_c256_relu", "ir_r1_k7_s4_e2.5_c8_se0.125_identity"})
    void canonicalStringsRoundTrip(String text) {
        assertEquals(text, StageNotation.parse(text).notation());
    }

    @Test
    void randomStagesRoundTrip() {
        Random rnd = new Random(7);
        for (int i = 0; i < 500; i++) {
            BlockType type = BlockType.values()[rnd.nextInt(BlockType.values().length)];
            double e = type == BlockType.RESNET_BOTTLENECK ? 0.125 * (1 + rnd.nextInt(8))
                    : type.usesExpansion() ? 0.5 * (1 + rnd.nextInt(16)) : 1;
            double se = type.allowsSqueezeExcite() && rnd.nextBoolean() ? rnd.nextInt(100) / 100.0 : 0;
            StageSpec s = new StageSpec(type, 1 + rnd.nextInt(9), 1 + 2 * rnd.nextInt(4), 1 + rnd.nextInt(2), e,
                    1 + rnd.nextInt(512), se, Activation.values()[rnd.nextInt(Activation.values().length)]);
            assertEquals(s, StageNotation.parse(s.notation()), s.notation());
        }
    }

    @Test
    void tokensMayComeInAnyOrderWithDefaults() {
        StageSpec s = StageNotation.parse("ir_c24_e6_se0.25");
        assertEquals("ir_r1_k3_s1_e6_c24_se0.25_swish", s.notation());
        assertEquals("cn_r1_k3_s1_c8_relu", StageNotation.parse("cn_c8").notation());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ir_r2_k4_s2_e6_c24|k in ir_r2_k4_s2_e6_c24: 4 is even; kernels must be odd (1, 3, 5, 7, ...)",
            "ir_r2_k3_s0_e6_c24|s in ir_r2_k3_s0_e6_c24: 0 must be at least 1",
            "ir_r2_k3_s1_e6_c0|c in ir_r2_k3_s1_e6_c0: 0 must be at least 1",
            "ir_r0_e6_c8|r in ir_r0_e6_c8: 0 must be at least 1",
            "ir_r2_k3|ir_r2_k3: output channels missing (add a token like c24)",
            "xx_c8|xx: unknown block type 'xx'; expected one of cn (conv), ir (MBConv), er (Fused-MBConv), rb (ResNet basic), bt (ResNet bottleneck)",
            "ir_c8_q3|q3: unknown token; expected r, k, s, e, c, se or an activation (relu, relu6, swish, sigmoid, identity)",
            "ir_c8_c16|c16: 'c' is given twice",
            "ir_kx_c8|kx: 'x' is not a whole number (digits 0-9, at most 9)",
            "ir_k+3_e6_c8|k+3: '+3' is not a whole number (digits 0-9, at most 9)",
            "ir_k\u0663_e6_c8|k\u0663: '\u0663' is not a whole number (digits 0-9, at most 9)",
            "ir_k3_e1e1_c8|e1e1: '1e1' is not a number like 6 or 0.25",
            "ir_k3_c8|ir_k3_c8: expansion ratio missing (add a token like e6, or e1 for no expansion)",
            "bt_r3_c256|bt_r3_c256: expansion ratio missing (add a token like e0.25, the bottleneck width of ResNet-50)",
            "cn_c8_se0.25|se in cn_c8_se0.25: 0.25 is not allowed for conv blocks (must be 0)",
            "rb_c8_e6|e in rb_c8_e6: 6.0 is not allowed for ResNet basic blocks (must be 1)",
            "ir_e6_c8_se1.5|se in ir_e6_c8_se1.5: 1.5 must lie in [0, 1]"})
    void errorsNameTheTokenAndTheProblem(String text, String message) {
        SpecException e = assertThrows(SpecException.class, () -> StageNotation.parse(text));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"_", "___", "ir_e6_c8_", "_ir_e6_c8"})
    void strayUnderscoresAreErrorsNotIgnored(String text) {
        SpecException e = assertThrows(SpecException.class, () -> StageNotation.parse(text)); // "_" once threw an index error
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void emptyTextIsAnError() {
        SpecException e = assertThrows(SpecException.class, () -> StageNotation.parse("  "));
        assertTrue(e.getMessage().startsWith("empty stage notation"));
    }
}
