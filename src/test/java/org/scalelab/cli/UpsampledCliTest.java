package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that lists variants marks those whose input is larger than the data's native resolution. */
class UpsampledCliTest {

    @Test
    void scaleMarksResolutionsAboveTheBundledDatasNative28Pixels() throws Exception {
        JsonNode list = CliRun.of("scale", "--arch", "simple-cnn-28", "--phi", "0:1:1", "--rules", "compound,width,resolution",
                "--json").json();
        for (JsonNode v : list) {
            assertEquals(28, v.get("native_resolution").asInt(), v.toString());
            assertEquals(v.get("resolution").asInt() > 28, v.get("upsampled").asBoolean(), v.toString());
        }
        assertTrue(list.get(0).has("upsampled") && !list.get(0).get("upsampled").asBoolean()); // the 28 px baseline
        CliRun table = CliRun.of("scale", "--arch", "simple-cnn-28", "--phi", "1", "--rules", "resolution");
        assertTrue(table.out().contains("56*"), table.out());
        assertTrue(table.out().contains("* upsampled: the input is larger than the data's native resolution (28 px)"),
                table.out());
    }

    @Test
    void scaleReadsTheNativeResolutionOfTheDataGiven(@TempDir Path dir) throws Exception {
        JsonNode list = CliRun.of("scale", "--arch", "simple-cnn-28", "--phi", "0", "--rules", "compound", "--data",
                tinyIdx(dir, 8).toString(), "--json").json();
        assertEquals(8, list.get(0).get("native_resolution").asInt());
        assertTrue(list.get(0).get("upsampled").asBoolean());
    }

    @Test
    void budgetAndTheSearchDryRunMarkTheirNetworks() throws Exception {
        JsonNode budget = CliRun.of("budget", "--arch", "simple-cnn-28", "--macs-multiplier", "4", "--json").json();
        boolean sawUpsampled = false;
        for (JsonNode v : budget.get("variants")) {
            assertEquals(v.get("resolution").asInt() > 28, v.get("upsampled").asBoolean(), v.toString());
            sawUpsampled |= v.get("upsampled").asBoolean();
        }
        assertTrue(sawUpsampled, budget.toString()); // resolution-only reaches 4× the MACs only past 28 px
        JsonNode search = CliRun.of("search", "--arch", "simple-cnn-28", "--dry-run", "--json").json();
        for (JsonNode n : search.get("networks")) {
            assertEquals(n.get("resolution").asInt() > 28, n.get("upsampled").asBoolean(), n.toString());
        }
        CliRun text = CliRun.of("search", "--arch", "simple-cnn-28", "--dry-run");
        assertTrue(text.out().contains("note: 7 of 11 networks take inputs larger than the data's native resolution"
                + " (28 px): 32 px, 36 px, 40 px"), text.out());
    }

    @Test
    void aSweepSaysOnceBeforeTrainingAndMarksItsJsonAndCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("sweep.csv");
        CliRun r = CliRun.of("sweep", "--arch", "simple-cnn-28", "--phi", "0", "--rules", "compound", "--epochs", "1",
                "--data", tinyIdx(dir, 8).toString(), "--parallel", "1", "--db", dir.resolve("s.db").toString(),
                "--csv", csv.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.err().split("note: ", -1).length - 1, r.err());
        assertTrue(r.err().contains("note: 1 of 1 networks take inputs larger than the data's native resolution (8 px): 28 px"),
                r.err());
        JsonNode run = r.json().get(0);
        assertEquals(8, run.get("native_resolution").asInt());
        assertTrue(run.get("upsampled").asBoolean());
        String[] lines = Files.readString(csv).strip().split("\n");
        assertTrue(lines[0].endsWith(",native_resolution,upsampled"), lines[0]);
        assertTrue(lines[1].endsWith(",8,true"), lines[1]);
    }

    @Test
    void trainJsonMarksTheRun(@TempDir Path dir) throws Exception {
        JsonNode run = CliRun.of("train", "--arch", "simple-cnn-28", "--epochs", "1", "--data", tinyIdx(dir, 32).toString(),
                "--db", dir.resolve("t.db").toString(), "--json").json();
        assertEquals(32, run.get("native_resolution").asInt());
        assertFalse(run.get("upsampled").asBoolean());
    }

    /** A two-class IDX dataset of {@code side}-pixel images: 40 to train, 10 to test. */
    static Path tinyIdx(Path dir, int side) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("idx" + side));
        Random random = new Random(side);
        writeIdx(folder.resolve("train-images-idx3-ubyte"), folder.resolve("train-labels-idx1-ubyte"), 40, side, random);
        writeIdx(folder.resolve("t10k-images-idx3-ubyte"), folder.resolve("t10k-labels-idx1-ubyte"), 10, side, random);
        return folder;
    }

    private static void writeIdx(Path images, Path labels, int count, int side, Random random) throws IOException {
        ByteBuffer pixels = ByteBuffer.allocate(16 + count * side * side).putInt(0x803).putInt(count).putInt(side).putInt(side);
        ByteBuffer names = ByteBuffer.allocate(8 + count).putInt(0x801).putInt(count);
        for (int i = 0; i < count; i++) {
            int label = i % 2;
            names.put((byte) label);
            for (int p = 0; p < side * side; p++) {
                pixels.put((byte) (label * 120 + random.nextInt(100)));
            }
        }
        Files.write(images, pixels.array());
        Files.write(labels, names.array());
    }
}
