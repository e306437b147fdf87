package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.Scaler;

/**
 * The d, w, r that {@code scale} prints for a variant name its network: typed back in, they give it again, and two
 * different networks never print the same multipliers (the bisection used to land just past a ceil() step).
 */
class ScaleParametersTest {

    @Test
    void theMultipliersPrintedForAVariantGiveThatVariant() throws Exception {
        CliRun r = CliRun.of("scale", "--arch", "simple-cnn", "--phi", "0:3:0.25", "--rules",
                "width,depth,resolution,compound", "--json");
        assertEquals(0, r.code(), r.err());
        var base = Presets.get("simple-cnn");
        Map<String, Long> paramsByMultipliers = new HashMap<>();
        for (JsonNode v : r.json()) {
            double d = v.get("depth").asDouble();
            double w = v.get("width").asDouble();
            double res = v.get("resolution_multiplier").asDouble();
            var spec = Scaler.scale(base, new Multipliers(d, w, res), RoundingPolicy.EFFICIENTNET);
            long params = org.scalelab.domain.cost.CostModel.of(spec).params();
            assertEquals(v.get("params").asLong(), params, "the printed d, w, r of " + v + " give another network");
            Long before = paramsByMultipliers.putIfAbsent(d + "/" + w + "/" + res, params);
            if (before != null) {
                assertEquals(before, params, "one d, w, r printed for two networks: " + v);
            }
        }
    }

    @Test
    void theIssuesExampleNoLongerPrintsTheSameDepthForTwoNetworks() {
        CliRun r = CliRun.of("scale", "--arch", "simple-cnn", "--phi", "1:2:0.5", "--rules", "depth");
        assertEquals(0, r.code(), r.err());
        Map<String, String> paramsByDepth = new HashMap<>();
        for (String line : r.out().split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 6 && f[0].equals("depth")) {
                String before = paramsByDepth.putIfAbsent(f[2], f[6]);
                if (before != null) {
                    assertEquals(before, f[6], "d = " + f[2] + " printed for two networks:\n" + r.out());
                }
            }
        }
    }
}
