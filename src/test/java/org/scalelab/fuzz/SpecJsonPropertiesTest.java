package org.scalelab.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.domain.spec.SpecException;

/** Spec JSON: whatever the text, a valid spec with a positive cost or one SpecException line; valid specs round-trip. */
class SpecJsonPropertiesTest {
    private static final List<String> PRESETS = Presets.names();

    /** Reads the text as --spec does; a spec must have a real cost, a refusal must be a SpecException of one line. */
    static void readOrRefuse(String text) {
        NetworkSpec spec;
        try {
            spec = NetworkSpecJson.read(text);
        } catch (SpecException e) {
            assertTrue(Properties.oneLine(e.getMessage()), () -> "one line: " + e.getMessage());
            return;
        }
        NetworkCost cost = CostModel.of(spec);
        assertTrue(cost.params() > 0 && cost.macs() > 0 && cost.activations() > 0, () -> "a real cost: " + text);
        assertEquals(spec, NetworkSpecJson.read(NetworkSpecJson.write(spec)), "what was read writes back the same");
    }

    @Test
    void mutatedPresetsAreReadOrRefusedInOneLine() {
        Properties.qt(400).forAll(integers().between(0, PRESETS.size() - 1), longs().all()).checkAssert((preset, seed) ->
                readOrRefuse(new Mutator(seed).json(NetworkSpecJson.write(Presets.get(PRESETS.get(preset))))));
    }

    @Test
    void mutatedBytesAreReadOrRefusedInOneLine() {
        Properties.qt(300).forAll(integers().between(0, PRESETS.size() - 1), longs().all()).checkAssert((preset, seed) -> {
            byte[] bytes = new Mutator(seed).bytes(NetworkSpecJson.write(Presets.get(PRESETS.get(preset)))
                    .getBytes(StandardCharsets.UTF_8));
            readOrRefuse(new String(bytes, StandardCharsets.UTF_8));
        });
    }

    @Test
    void anyTextAtAllIsReadOrRefusedInOneLine() {
        Properties.qt(300).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(SpecJsonPropertiesTest::readOrRefuse);
    }

    @Test
    void specsMadeOfValidStagesRoundTrip() {
        Properties.qt(200).forAll(longs().all()).checkAssert(seed -> {
            NetworkSpec spec = ValidSpecs.random(new Mutator(seed));
            assertEquals(spec, NetworkSpecJson.read(NetworkSpecJson.write(spec)));
        });
    }
}
