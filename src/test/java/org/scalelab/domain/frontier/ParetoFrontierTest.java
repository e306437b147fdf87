package org.scalelab.domain.frontier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParetoFrontierTest {

    private static CostPoint p(String id, double cost, double acc) {
        return new CostPoint(id, cost, acc);
    }

    @Test
    void keepsOnlyUndominatedModelsCheapestFirst() {
        List<CostPoint> points = List.of(p("a", 1, 0.70), p("b", 2, 0.65), p("c", 2, 0.80), p("d", 4, 0.79),
                p("e", 5, 0.85), p("f", 5, 0.85), p("g", 0.5, 0.60));
        List<String> ids = ParetoFrontier.of(points).stream().map(CostPoint::id).toList();
        assertEquals(List.of("g", "a", "c", "e"), ids);
    }

    @Test
    void agreesWithThePairwiseDefinitionOnRandomClouds() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            List<CostPoint> cloud = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                cloud.add(p("p" + i, 1 + rnd.nextInt(10), rnd.nextInt(20) / 20.0));
            }
            List<CostPoint> frontier = ParetoFrontier.of(cloud);
            for (CostPoint c : cloud) {
                boolean listed = frontier.stream().anyMatch(f -> f.cost() == c.cost() && f.accuracy() == c.accuracy());
                assertEquals(ParetoFrontier.onFrontier(c, cloud), listed, c.toString());
            }
        }
    }

    @Test
    void staircaseStepsRightThenUp() {
        List<double[]> steps = ParetoFrontier.staircase(List.of(p("a", 1, 0.5), p("b", 3, 0.7), p("c", 9, 0.8)));
        assertEquals(5, steps.size());
        assertArrayEquals(new double[] {1, 0.5}, steps.get(0));
        assertArrayEquals(new double[] {3, 0.5}, steps.get(1));
        assertArrayEquals(new double[] {3, 0.7}, steps.get(2));
        assertArrayEquals(new double[] {9, 0.7}, steps.get(3));
        assertArrayEquals(new double[] {9, 0.8}, steps.get(4));
    }

    @Test
    void rejectsMeaninglessPoints() {
        assertThrows(IllegalArgumentException.class, () -> p("x", 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> p("x", 1, 1.5));
    }
}
