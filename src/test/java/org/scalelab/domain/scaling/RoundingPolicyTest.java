package org.scalelab.domain.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingPolicyTest {
    private final RoundingPolicy official = RoundingPolicy.EFFICIENTNET;

    @ParameterizedTest(name = "round_filters({0} x {1}) = {2}")
    @CsvSource({
            "32, 1.1, 32",   // 35.2 rounds down to 32, within 10%
            "32, 1.2, 40",   // 38.4 -> 40
            "16, 1.8, 32",   // 28.8 -> 32
            "112, 1.4, 160", // 156.8 -> 160
            "40, 1.1, 48",   // 44 -> 48 (ties round up)
            "1280, 2.0, 2560",
            "8, 0.5, 8",     // never below the divisor
            "20, 0.55, 16",  // 11 -> 8 loses more than 10% -> 16
            "20, 1.0, 20"})  // w = 1 leaves any width alone
    void roundFiltersFollowsTheOfficialRule(int c, double w, int expected) {
        assertEquals(expected, official.channels(c, w));
    }

    @Test
    void repeatsUseCeilAndIgnoreFloatNoise() {
        assertEquals(2, official.repeats(1, 1.1));
        assertEquals(5, official.repeats(3, 1.4));
        assertEquals(13, official.repeats(4, 3.1));
        assertEquals(11, official.repeats(10, 1.1)); // 1.1 * 10 = 11.000000000000002 in floating point
        assertEquals(1, official.repeats(1, 0.3));
        assertEquals(3, RoundingPolicy.PYCLS.repeats(2, 1.4)); // round
        assertEquals(1, RoundingPolicy.PYCLS.repeats(1, 0.2));
    }

    @Test
    void resolutionRoundsToTheStep() {
        assertEquals(256, official.resolution(224, 1.15));
        assertEquals(260, official.resolution(224, 260 / 224.0));
        assertEquals(32, official.resolution(28, 1.15));
        assertEquals(4, official.resolution(28, 0.01));
        assertEquals(31, official.resolution(31, 1.0));
    }

    @Test
    void policiesAreNamed() {
        assertEquals(RoundingPolicy.EFFICIENTNET_LITE, RoundingPolicy.named("efficientnet-lite"));
    }
}
