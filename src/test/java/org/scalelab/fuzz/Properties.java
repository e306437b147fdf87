package org.scalelab.fuzz;

import org.quicktheories.QuickTheory;

/**
 * Settings shared by the property tests: a fixed seed, so that CI is repeatable and a failure reproduces, and a
 * number of examples that keeps the suite fast. {@code -Dscalelab.fuzz.seed=N} explores elsewhere and
 * {@code -Dscalelab.fuzz.scale=K} runs K times as many examples (e.g. overnight).
 */
final class Properties {
    private Properties() {
    }

    static QuickTheory qt(int examples) {
        long seed = Long.getLong("scalelab.fuzz.seed", 13L);
        int scale = Integer.getInteger("scalelab.fuzz.scale", 1);
        return QuickTheory.qt().withFixedSeed(seed).withExamples(examples * scale).withShrinkCycles(200);
    }

    /** One line, and something in it: the promise every refusal keeps. */
    static boolean oneLine(String message) {
        return message != null && !message.isBlank() && message.lines().count() == 1;
    }
}
