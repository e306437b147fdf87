package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.NetworkSpecJson;

class CliTest {

    @Test
    void costOfB0AsJsonHasThePublishedParams() throws Exception {
        CliRun r = CliRun.of("cost", "--arch", "efficientnet-b0", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(5_288_548, j.get("params").asLong());
        assertEquals(42_016, j.get("bn_stats").asLong());
        assertEquals(2 * j.get("macs").asLong(), j.get("flops").asLong());
        assertEquals(224, j.get("resolution").asInt());
        assertEquals(10, j.get("stages").size()); // stem, 7 stages, head, classifier
        for (String key : new String[] {"activations", "memory_bytes", "convention", "multipliers"}) {
            assertTrue(j.has(key), key);
        }
    }

    @Test
    void familyOptionAppliesTheOfficialRow() throws Exception {
        JsonNode j = CliRun.of("cost", "--arch", "efficientnet-b0", "--family", "b3", "--json").json();
        assertEquals(12_233_232, j.get("params").asLong());
        assertEquals(300, j.get("resolution").asInt());
        assertEquals("b3", j.get("family").asText());
    }

    @Test
    void phiAndExplicitMultipliersScale() throws Exception {
        JsonNode phi = CliRun.of("cost", "--arch", "efficientnet-b0", "--phi", "1", "--json").json();
        assertEquals(256, phi.get("resolution").asInt());
        assertEquals(1.2, phi.get("multipliers").get("depth").asDouble(), 1e-12);
        JsonNode wide = CliRun.of("cost", "--arch", "mini-resnet", "--width", "2", "--json").json();
        assertEquals(16, wide.get("resolution").asInt()); // width leaves the input alone
        assertTrue(wide.get("params").asLong() > 3 * CliRun.of("cost", "--arch", "mini-resnet", "--json").json().get("params").asLong());
    }

    @Test
    void costTableNamesTheConvention() {
        CliRun r = CliRun.of("cost", "--arch", "mini-effnet");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("stage 4"), r.out());
        assertTrue(r.out().contains("FLOPs = 2 x MACs"), r.out());
    }

    @Test
    void scaleListsEveryRuleAtEveryPhi() throws Exception {
        CliRun r = CliRun.of("scale", "--arch", "mini-effnet", "--phi", "0:2:0.5", "--rules", "compound,width,depth,resolution,dwr", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = r.json();
        assertEquals(25, list.size());
        assertEquals("compound", list.get(0).get("rule").asText());
        assertEquals(2.0, list.get(4).get("phi").asDouble());
        assertEquals("dwr", list.get(24).get("rule").asText());
        CliRun table = CliRun.of("scale", "--arch", "mini-effnet", "--phi", "1");
        assertTrue(table.out().contains("resolution"), table.out());
    }

    @Test
    void presetsPrintsOneLineEach() {
        CliRun r = CliRun.of("presets");
        assertEquals(0, r.code());
        assertEquals(Presets.names().size(), r.out().strip().split("\n").length);
        for (String name : Presets.names()) {
            assertTrue(r.out().contains(name), name);
        }
    }

    @Test
    void specFileIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.json");
        Files.writeString(file, NetworkSpecJson.write(Presets.get("mini-resnet").withName("mine")));
        JsonNode j = CliRun.of("cost", "--spec", file.toString(), "--json").json();
        assertEquals("mine", j.get("name").asText());
    }

    @Test
    void userErrorsExitWithTwoAndOneClearLine(@TempDir Path dir) throws Exception {
        assertUserError(CliRun.of("cost", "--arch", "nope"), "scalelab: --arch: unknown preset 'nope'");
        assertUserError(CliRun.of("cost", "--arch", "simple-cnn", "--width", "-2"), "width multiplier -2.0 must be a positive number");
        assertUserError(CliRun.of("cost", "--arch", "simple-cnn", "--family", "b12"), "--family: unknown EfficientNet family member 'b12'");
        assertUserError(CliRun.of("cost", "--arch", "simple-cnn", "--phi", "1", "--alpha", "0.5"), "alpha 0.5 must lie in [1, 4]");
        assertUserError(CliRun.of("cost"), "Missing required argument");
        assertUserError(CliRun.of("cost", "--arch", "simple-cnn", "--spec", "x.json"), "mutually exclusive");
        assertUserError(CliRun.of("scale", "--arch", "simple-cnn", "--phi", "3:1:1"), "--phi: TO 1 is below FROM 3");
        assertUserError(CliRun.of("scale", "--arch", "simple-cnn", "--phi", "0:1:1", "--rules", "compound,height"), "unknown scaling rule 'height'");
        assertUserError(CliRun.of("cost", "--spec", dir.resolve("missing.json").toString()), "no such file");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, NetworkSpecJson.write(Presets.get("simple-cnn-28")).replace("\"resolution\" : 28", "\"resolution\" : 2"));
        assertUserError(CliRun.of("cost", "--spec", bad.toString()), "input.resolution: 2 px is too small for the network's total stride of 4");
        assertUserError(CliRun.of("frobnicate"), "Unmatched argument");
    }

    private static void assertUserError(CliRun r, String fragment) {
        assertEquals(Cli.USER_ERROR, r.code(), r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
