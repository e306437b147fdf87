package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** --max-macs, --max-params and --max-memory on budget, search and study. */
class LimitsCliTest {

    @Test
    void amountsTakeUnits() {
        assertEquals(2_300_000, LimitOptions.count("--max-macs", "2.3M"));
        assertEquals(500_000, LimitOptions.count("--max-params", "500k"));
        assertEquals(1_000_000_000, LimitOptions.count("--max-macs", "1G"));
        assertEquals(1200, LimitOptions.count("--max-macs", "1200"));
        assertEquals(64L << 20, LimitOptions.bytes("--max-memory", "64MiB"));
        assertEquals(1_000_000_000L, LimitOptions.bytes("--max-memory", "1GB"));
        assertEquals(0, LimitOptions.count("--max-macs", null));
    }

    @Test
    void budgetMarksTheVariantsOverALimit() throws Exception {
        JsonNode j = CliRun.of("budget", "--arch", "simple-cnn", "--macs-multiplier", "4", "--max-macs", "2.3M", "--json")
                .json();
        int over = 0;
        for (JsonNode v : j.get("variants")) {
            boolean fits = v.get("macs").asLong() <= 2_300_000;
            assertEquals(fits, v.get("feasible").asBoolean(), v.toString());
            assertEquals(fits, v.get("over").isEmpty(), v.toString());
            over += fits ? 0 : 1;
        }
        assertTrue(over > 0 && over < 4, j.toString());
        CliRun text = CliRun.of("budget", "--arch", "simple-cnn", "--macs-multiplier", "4", "--max-macs", "2.3M");
        assertTrue(text.out().contains("limits: MACs ≤ 2.30 M"), text.out());
        assertTrue(text.out().contains("over: MACs "), text.out());
    }

    @Test
    void aSearchLeavesOutTheNetworksOverTheLimits() throws Exception {
        CliRun all = CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--json");
        CliRun limited = CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--json", "--max-macs", "3M");
        assertEquals(0, limited.code(), limited.err());
        int before = all.json().get("networks").size();
        JsonNode nets = limited.json().get("networks");
        assertTrue(nets.size() < before, limited.err());
        for (int i = 0; i < nets.size(); i++) {
            assertTrue(nets.get(i).get("macs").asLong() <= 3_000_000);
            assertEquals(i, nets.get(i).get("network").asInt(), "renumbered");
        }
        assertTrue(limited.err().contains("limits: MACs ≤ 3.00 M; left out"), limited.err());
        CliRun none = CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--max-params", "1000");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("every candidate network is over the limits (params ≤ 1.0 k)"), none.err());
    }

    @Test
    void aStudyPlansOnlyTheNetworksWithinTheLimits() {
        CliRun r = CliRun.of("study", "--arch", "simple-cnn", "--dry-run", "--max-macs", "4M");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("over the limits (MACs ≤ 4.00 M) are left untrained"), r.out());
        CliRun all = CliRun.of("study", "--arch", "simple-cnn", "--dry-run");
        assertFalse(all.out().contains("left untrained"), all.out());
    }

    @Test
    void badAmountsNameTheirOption() {
        CliRun r = CliRun.of("budget", "--arch", "simple-cnn", "--max-memory", "5x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--max-memory: '5x' is not a number with an optional unit"), r.err());
        CliRun zero = CliRun.of("study", "--arch", "simple-cnn", "--dry-run", "--max-macs", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--max-macs: '0' must be a positive amount"), zero.err());
    }
}
