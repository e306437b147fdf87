package org.scalelab.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.scalelab.domain.spec.SpecException;
import org.scalelab.domain.spec.StageNotation;
import org.scalelab.domain.spec.StageSpec;

/** The stage notation: any string parses to a stage that formats back to itself, or is one SpecException line. */
class StageNotationPropertiesTest {

    static void parseOrRefuse(String text) {
        StageSpec stage;
        try {
            stage = StageNotation.parse(text);
        } catch (SpecException e) {
            assertTrue(Properties.oneLine(e.getMessage()), () -> "one line: " + e.getMessage());
            return;
        }
        assertEquals(stage, StageNotation.parse(StageNotation.format(stage)), text);
        assertEquals(StageNotation.format(stage), StageNotation.format(StageNotation.parse(StageNotation.format(stage))));
    }

    @Test
    void tokenSoupParsesOrIsRefused() {
        Properties.qt(2000).forAll(longs().all()).checkAssert(seed -> parseOrRefuse(new Mutator(seed).randomNotation()));
    }

    @Test
    void editedValidStagesParseOrAreRefused() {
        Properties.qt(2000).forAll(longs().all()).checkAssert(seed -> {
            Mutator m = new Mutator(seed);
            parseOrRefuse(m.notation(ValidSpecs.stage(m).notation()));
        });
    }

    @Test
    void anyStringParsesOrIsRefused() {
        Properties.qt(1000).forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(StageNotationPropertiesTest::parseOrRefuse);
    }

    @Test
    void everyValidStageRoundTrips() {
        Properties.qt(1000).forAll(longs().all()).checkAssert(seed -> {
            StageSpec s = ValidSpecs.stage(new Mutator(seed));
            assertEquals(s, StageNotation.parse(s.notation()));
        });
    }
}
