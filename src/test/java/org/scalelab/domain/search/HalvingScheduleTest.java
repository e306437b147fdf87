package org.scalelab.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HalvingScheduleTest {

    @Test
    void defaultPlanForElevenCandidates() {
        // 11 at 1 epoch, the best ⌈11/3⌉ = 4 at 3, the best ⌈4/3⌉ = 2 at 9.
        HalvingPlan p = HalvingSchedule.DEFAULT.plan(11);
        assertEquals(List.of(new Rung(0, 11, 1, 4), new Rung(1, 4, 3, 2), new Rung(2, 2, 9, 0)), p.rungs());
        assertEquals(11 + 12 + 18, p.totalEpochs());
        assertEquals(99, p.fullEpochs());
        assertEquals(17, p.runs());
        assertEquals(2, p.finalists());
        assertTrue(p.last().last());
    }

    @Test
    void aSingleSurvivorGoesStraightToTheFullBudget() {
        // 27 → 9 → 3 → 1: the rung after 3 candidates keeps one, which trains max epochs at once.
        HalvingPlan p = new HalvingSchedule(1, 3, 27).plan(27);
        assertEquals(List.of(new Rung(0, 27, 1, 9), new Rung(1, 9, 3, 3), new Rung(2, 3, 9, 1), new Rung(3, 1, 27, 0)),
                p.rungs());
        assertEquals(27 * 4, p.totalEpochs());
        // 5 candidates at η = 3: 5 → 2 → 1, and the lone survivor skips the 9-epoch rung.
        assertEquals(List.of(new Rung(0, 5, 1, 2), new Rung(1, 2, 3, 1), new Rung(2, 1, 27, 0)),
                new HalvingSchedule(1, 3, 27).plan(5).rungs());
    }

    @Test
    void epochsAreCappedAndAlwaysGrow() {
        // η = 1.5 from 1 epoch: round(1.5) = 2, round(3) = 3, round(4.5) = 5 (half up), capped at 4.
        HalvingPlan p = new HalvingSchedule(1, 1.5, 4).plan(20);
        assertEquals(List.of(1, 2, 3, 4), p.rungs().stream().map(Rung::epochs).toList());
        assertEquals(List.of(20, 14, 10, 7), p.rungs().stream().map(Rung::candidates).toList());
        // η = 1.1 would round 1·1.1 back to 1: epochs still grow by at least one.
        assertEquals(List.of(1, 2, 3), new HalvingSchedule(1, 1.1, 3).plan(4).rungs().stream().map(Rung::epochs).toList());
    }

    @Test
    void fullTrainingIsOneRung() {
        HalvingPlan p = HalvingSchedule.full(9).plan(11);
        assertEquals(List.of(new Rung(0, 11, 9, 0)), p.rungs());
        assertEquals(p.fullEpochs(), p.totalEpochs());
        assertTrue(HalvingSchedule.full(9).isFull());
    }

    @Test
    void edgeCases() {
        assertEquals(List.of(), HalvingSchedule.DEFAULT.plan(0).rungs());
        assertEquals(List.of(new Rung(0, 1, 9, 0)), HalvingSchedule.DEFAULT.plan(1).rungs());
        assertEquals(List.of(new Rung(0, 2, 1, 1), new Rung(1, 1, 9, 0)), HalvingSchedule.DEFAULT.plan(2).rungs());
        assertEquals(4, HalvingSchedule.DEFAULT.keep(10));
        assertEquals(3, HalvingSchedule.DEFAULT.keep(9));
        assertEquals(1, new HalvingSchedule(1, 2, 4).keep(2));
    }

    @Test
    void parsingAndValidation() {
        assertEquals(new HalvingSchedule(2, 2.5, 10), HalvingSchedule.parse("2,2.5,10"));
        assertEquals(new HalvingSchedule(1, 3, 9), HalvingSchedule.parse(HalvingSchedule.DEFAULT.format()));
        SearchSpaceTest.assertMessage("eta 1 must lie in (1, 100]", () -> new HalvingSchedule(1, 1, 9));
        SearchSpaceTest.assertMessage("max epochs 2 must lie in 3..1000", () -> new HalvingSchedule(3, 3, 2));
        SearchSpaceTest.assertMessage("min epochs 0", () -> new HalvingSchedule(0, 3, 2));
        SearchSpaceTest.assertMessage("is not MIN-EPOCHS,ETA,MAX-EPOCHS", () -> HalvingSchedule.parse("1,3"));
        SearchSpaceTest.assertMessage("whole numbers", () -> HalvingSchedule.parse("1.5,3,9"));
    }

    @Test
    void selectionKeepsTheBestAndBreaksTiesByCostThenIndex() {
        List<Scored> scored = List.of(new Scored(0, 0.80, 100), new Scored(1, 0.85, 300), new Scored(2, 0.85, 200),
                new Scored(3, Double.NaN, 50), new Scored(4, 0.85, 200), new Scored(5, 0.70, 10));
        // 0.85 three times: cheapest (200) first, index 2 before 4, then the 300-MACs one.
        assertEquals(List.of(2, 4, 1), Selection.top(scored, 3));
        assertEquals(List.of(2, 4, 1, 0, 5), Selection.top(scored, 6)); // a failed run is never kept
        assertEquals(List.of(), Selection.top(scored, 0));
        // Order of the input does not matter.
        List<Scored> reversed = new java.util.ArrayList<>(scored);
        java.util.Collections.reverse(reversed);
        assertEquals(List.of(2, 4, 1), Selection.top(reversed, 3));
    }
}
