package org.scalelab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.spec.NetworkSpec;

/** A run's key changes with everything that changes the result, and with nothing else. */
class RunRequestTest {
    private static final NetworkSpec SPEC = Presets.get("simple-cnn");

    private static RunRequest request(NetworkSpec spec, String dataset, Recipe recipe) {
        return new RunRequest("simple-cnn", "compound", 0, Multipliers.IDENTITY, spec, dataset, recipe);
    }

    @Test
    void theNameTheRuleAndPhiDoNotChangeTheKey() {
        RunRequest a = request(SPEC, "fashion-mnist-bundled", Recipe.defaults());
        RunRequest renamed = new RunRequest("other", "width", 1.5, Multipliers.IDENTITY,
                SPEC.withName("renamed"), "fashion-mnist-bundled", Recipe.defaults());
        assertEquals(a.key(), renamed.key());
        assertEquals(24, a.key().length());
    }

    @Test
    void theDatasetTheSeedAndEveryRecipeFieldDo() {
        String base = request(SPEC, "fashion-mnist-bundled", Recipe.defaults()).key();
        assertNotEquals(base, request(SPEC, "fashion-mnist", Recipe.defaults()).key());
        assertNotEquals(base, request(SPEC, "fashion-mnist-bundled", Recipe.defaults().withSeed(43)).key());
        assertNotEquals(base, request(SPEC, "fashion-mnist-bundled", Recipe.defaults().withEpochs(4)).key());
        assertNotEquals(base, request(SPEC, "fashion-mnist-bundled", Recipe.defaults().withTrainSize(3000)).key());
        assertNotEquals(base, request(SPEC, "fashion-mnist-bundled", Recipe.defaults().withBatchSize(32)).key());
    }
}
