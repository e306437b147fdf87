package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.preset.Presets;

/** {@code search} and {@code budget} on the command line. */
class SearchCliTest {

    @Test
    void dryRunShowsCandidatesCostAndScheduleAsJson() throws Exception {
        CliRun r = CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(275, j.get("grid_points").asInt());
        assertEquals(21, j.get("candidates").size());
        assertEquals(11, j.get("networks").size());
        JsonNode s = j.get("schedule");
        assertEquals(3, s.get("rungs").size());
        assertEquals(41, s.get("total_epochs").asInt());
        assertEquals(99, s.get("full_epochs").asInt());
        assertEquals(17, s.get("runs").asInt());
        assertEquals("accuracy", j.get("objective").get("rank").asText());
        assertEquals("validation", j.get("objective").get("score").asText());
        for (JsonNode n : j.get("networks")) {
            double product = n.get("alpha").asDouble() * Math.pow(n.get("beta").asDouble(), 2) * Math.pow(n.get("gamma").asDouble(), 2);
            assertEquals(product, n.get("product").asDouble(), 1e-12);
            assertTrue(n.get("macs").asLong() > j.get("baseline").get("macs").asLong());
        }
    }

    @Test
    void dryRunTableOnASmallGridAndTheMnasTarget() throws Exception {
        CliRun r = CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--grid", "a=1:1.4:0.2,b=1:1.2:0.1,g=1:1.2:0.1",
                "--budget", "1,2,4", "--seeds", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("6 candidates round to 5 distinct networks at φ = 1 (1 duplicates"), r.out());
        // 5 → 3 → 2 at 1, 2, 4 epochs; the two finalists train two more seeds at 4 epochs: 5 + 6 + 8 + 16 = 35.
        assertTrue(r.out().contains("total 35 epochs in 14 runs (with 2 more seed(s) per finalist: 16 epochs)"), r.out());
        JsonNode mnas = CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--json", "--rank", "mnas").json();
        long base = CostModel.of(Presets.get("simple-cnn")).macs();
        assertEquals(2 * base, mnas.get("objective").get("target_macs").asLong());
        assertEquals(-0.07, mnas.get("objective").get("weight").asDouble());
    }

    @Test
    void badSearchArgumentsNameTheirOption() {
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--grid", "a=0.5:1:0.1"), "--grid: a: min 0.5 is below 1");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--budget", "1,1,9"), "--budget: eta 1 must lie in (1, 100]");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--budget", "9,3,1"), "--budget: max epochs 1");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--rank", "flops"), "--rank: unknown ranking 'flops'");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--score", "train"), "--score: unknown score 'train'");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--tolerance", "-1"), "--tolerance: tolerance -1");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--target", "0.5"), "--target: target 0.5");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--seeds", "0"), "--seeds: 0 must lie in 1..20");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--epochs", "3"), "--epochs: a search trains each rung");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--no-halving", "--compare-full"), "--compare-full:");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--rank", "mnas", "--mnas-weight", "0.5"),
                "--mnas-weight: weight w 0.5 must lie in [-1, 0]");
        assertUserError(CliRun.of("search", "--arch", "simple-cnn", "--dry-run", "--grid", "a=1.1,b=1,g=1"),
                "--grid: none of its 1 points has |α·β²·γ² − 2| ≤ 0.1");
        assertUserError(CliRun.of("search", "--dry-run"), "Missing required argument");
    }

    @Test
    void budgetPrintsPhiAndTheMatchedSingleDimensionVariants() throws Exception {
        JsonNode j = CliRun.of("budget", "--arch", "mini-effnet", "--macs-multiplier", "2", "--json").json();
        long base = CostModel.of(Presets.get("mini-effnet")).macs();
        assertEquals(2 * base, j.get("target_macs").asLong());
        JsonNode v = j.get("variants");
        assertEquals(4, v.size());
        assertEquals("compound", v.get(0).get("rule").asText());
        assertEquals(j.get("phi").asDouble(), v.get(0).get("parameter").asDouble());
        assertEquals("resolution", v.get(3).get("rule").asText());
        for (JsonNode x : v) {
            assertTrue(Math.abs(x.get("budget_error").asDouble()) < 0.2, x.toString());
        }
        CliRun table = CliRun.of("budget", "--arch", "mini-effnet");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("compound: φ = "), table.out());
        assertTrue(table.out().contains("vs budget"), table.out());
    }

    @Test
    void badBudgetArgumentsNameTheirOption() {
        assertUserError(CliRun.of("budget", "--arch", "mini-effnet", "--macs-multiplier", "-1"), "--macs-multiplier: MACs multiplier -1.0");
        assertUserError(CliRun.of("budget", "--arch", "mini-effnet", "--macs", "0"), "--macs: MACs budget 0");
        assertUserError(CliRun.of("budget", "--arch", "mini-effnet", "--rules", "compound"), "--rules: compound is always solved");
        assertUserError(CliRun.of("budget", "--arch", "mini-effnet", "--alpha", "1", "--beta", "1", "--gamma", "1"),
                "--alpha/--beta/--gamma: α = β = γ = 1");
        assertUserError(CliRun.of("budget", "--arch", "mini-effnet", "--macs", "5", "--macs-multiplier", "2"), "mutually exclusive");
    }

    @Test
    void aTinySearchTrainsComparesAndIsAnsweredFromTheDatabaseTheSecondTime(@TempDir Path dir) throws Exception {
        // Two networks ((1, 1, 1.4) and (1, 1.4, 1)) on 200 bundled images: 2 runs at 1 epoch, the better at 2.
        String[] args = {"search", "--arch", "simple-cnn", "--grid", "a=1,b=1:1.4:0.4,g=1:1.4:0.4", "--budget", "1,2,2",
                "--train-size", "200", "--parallel", "1", "--db", dir.resolve("s.db").toString(), "--compare-full", "--json"};
        CliRun r = CliRun.of(args);
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(2, j.get("networks").size());
        assertEquals(3, j.get("runs").asInt());
        assertEquals(0, j.get("cached_runs").asInt());
        assertFalse(j.get("winner").isNull());
        assertEquals(1, j.get("winner").get("stopped_at_rung").asInt());
        JsonNode c = j.get("comparison");
        assertEquals(2, c.get("full").get("runs").asInt());
        assertEquals(1, c.get("full").get("cached_runs").asInt()); // the finalist's 2-epoch run is reused
        assertTrue(r.err().contains("rung 0: 2 network(s) × 1 epoch(s)"), r.err());

        JsonNode again = CliRun.of(args).json();
        assertEquals(3, again.get("cached_runs").asInt());
        assertEquals(j.get("winner").get("network").asInt(), again.get("winner").get("network").asInt());
    }

    private static void assertUserError(CliRun r, String fragment) {
        assertEquals(Cli.USER_ERROR, r.code(), r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
