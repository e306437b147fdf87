package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The bench command's shape: its sweep mode, what its JSON says, bad arguments. Nothing here judges a speed. */
class BenchCommandTest {

    @Test
    void sweepModeJsonSaysJobsThreadsAndBuilder() throws Exception {
        CliRun r = CliRun.of("bench", "--nets", "plain28", "--modes", "fit", "--batch", "4", "--iterations", "2",
                "--jobs", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = r.json();
        assertEquals(1, list.size());
        JsonNode j = list.get(0);
        assertEquals("plain28", j.get("net").asText());
        assertEquals(2, j.get("jobs").asInt());
        assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), j.get("threads").asInt());
        assertEquals("ComputationGraph", j.get("builder").asText());
        assertTrue(j.get("images_per_second").asDouble() > 0, j.toString());
        assertTrue(j.has("cores_used") && j.has("others_cores"), j.toString());
    }

    @Test
    void tableNamesTheBuilder() {
        CliRun r = CliRun.of("bench", "--nets", "plain28", "--modes", "output", "--batch", "2", "--iterations", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("builder: ComputationGraph"), r.out());
    }

    @Test
    void badJobsIsOneLineAndExitTwo() {
        CliRun r = CliRun.of("bench", "--jobs", "0");
        assertEquals(Cli.USER_ERROR, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("jobs"), r.err());
    }
}
