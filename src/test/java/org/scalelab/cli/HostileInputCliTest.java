package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.domain.spec.StrictJson;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRequest;
import org.scalelab.training.data.IdxWriter;
import org.scalelab.training.data.ImageSet;
import org.scalelab.training.store.ExperimentStore;

/**
 * Issue 13's findings, one regression test each, through the command line as a user meets them: bad input gets one
 * line naming the problem and exit code 2, never a stack trace or a hang, and nothing is stored for a user error.
 */
class HostileInputCliTest {
    @TempDir
    Path dir;

    /** Exit 2 and exactly one line, "scalelab: ..." containing {@code expected}. */
    private static CliRun refused(String expected, String... args) {
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of(args));
        assertEquals(2, r.code(), () -> String.join(" ", args) + "\n" + r.err() + r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), () -> "one line, not: " + r.err());
        assertTrue(lines.get(0).startsWith("scalelab: "), r.err());
        assertTrue(lines.get(0).contains(expected), () -> "should say '" + expected + "': " + r.err());
        return r;
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ObjectNode preset(String name) {
        return NetworkSpecJson.toTree(Presets.get(name));
    }

    // 1. Spec files over the JSON parser's limits

    @Test
    void specNestedDeeperThanTheParserAllowsIsRefused() throws IOException {
        Path deep = file("deep.json", "[".repeat(1200) + "]".repeat(1200));
        refused("nested deeper than " + StrictJson.MAX_DEPTH + " levels", "cost", "--spec", deep.toString());
    }

    @Test
    void specWithAHugeStringIsRefused() throws IOException {
        Path huge = file("huge.json", "{\"name\": \"" + "a".repeat(21_000_000) + "\"}");
        refused("is too large", "cost", "--spec", huge.toString());
        Path longName = file("long.json", "{\"name\": \"" + "a".repeat(StrictJson.MAX_STRING + 1) + "\"}");
        refused("a string longer than", "cost", "--spec", longName.toString());
    }

    // 2, 5, 6. Datasets: refused before the device starts or the database is opened

    @Test
    void aDatasetOfOneClassIsRefused() throws IOException {
        Path data = idxFolder("one-class", 1, 0);
        Path db = dir.resolve("runs.db");
        refused("of one class", "train", "--arch", "simple-cnn", "--data", data.toString(), "--db", db.toString());
        assertFalse(Files.exists(db), "nothing stored");
    }

    @Test
    void aTrainingLabelOutsideTheClassesIsRefused() throws IOException {
        Path data = idxFolder("stray-label", 10, 255);
        Path db = dir.resolve("runs.db");
        refused("label 255 at index 20 is outside the classes 0..9", "train", "--arch", "simple-cnn", "--data",
                data.toString(), "--db", db.toString());
        assertFalse(Files.exists(db), "nothing stored");
    }

    @Test
    void aTrainSizeBeyondTheTrainingSplitIsRefusedBeforeAnythingIsStored() {
        Path data = dir.resolve("shapes");
        for (int i = 0; i < 5; i++) {
            PngFiles.grey(data.resolve("circle/" + i + ".png"), 4, 4, i);
            PngFiles.grey(data.resolve("square/" + i + ".png"), 4, 4, 200 + i);
        }
        Path db = dir.resolve("runs.db");
        refused("the train size 9 exceeds its 8 training images", "train", "--arch", "simple-cnn", "--data",
                data.toString(), "--train-size", "9", "--db", db.toString());
        assertFalse(Files.exists(db), "nothing stored");
    }

    /**
     * An IDX folder of 10 classes (two training images each, labels 0..9 in turn) whose training image 20 carries
     * {@code extraLabel}; with {@code classes} 1 every label is 0 and the extra image too.
     */
    private Path idxFolder(String name, int classes, int extraLabel) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        int count = 2 * 10 + 1;
        int[] train = IntStream.range(0, count).map(i -> i < 20 ? i % classes : extraLabel).toArray();
        int[] test = IntStream.range(0, 10).map(i -> i % classes).toArray();
        List<String> names = IntStream.rangeClosed(0, Math.max(classes - 1, extraLabel)).mapToObj(Integer::toString).toList();
        IdxWriter.write(new ImageSet(1, 4, 4, new byte[count * 16], train, names),
                folder.resolve("train-images-idx3-ubyte"), folder.resolve("train-labels-idx1-ubyte"));
        IdxWriter.write(new ImageSet(1, 4, 4, new byte[10 * 16], test, names),
                folder.resolve("t10k-images-idx3-ubyte"), folder.resolve("t10k-labels-idx1-ubyte"));
        return folder;
    }

    @Test
    void aGzipFileCutInsideItsHeaderIsNamedWithoutJavasClassNames() throws IOException {
        Path data = idxFolder("cut-gzip", 10, 0);
        Files.write(data.resolve("train-labels-idx1-ubyte"), new byte[] {0x1f, (byte) 0x8b, 8}); // found by bench/fuzz.sh
        CliRun r = refused("train-labels-idx1-ubyte: corrupt or truncated gzip data", "check", "--data", data.toString());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    // 3. A damaged database page

    @Test
    void aDamagedDatabasePageIsRefusedAndLeftUntouched() throws Exception {
        Path db = databaseOfSeveralPages();
        long pages = Files.size(db) / 4096;
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(4096 * (pages - 1)); // the b-tree header of the last page: its type, cell count and pointers
            raf.write(new byte[] {0x0d, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f});
        }
        byte[] damaged = Files.readAllBytes(db);
        refused("it is damaged (SQLite's check:", "runs", "list", "--db", db.toString());
        refused("it is damaged (SQLite's check:", "train", "--arch", "simple-cnn", "--train-size", "100", "--db",
                db.toString());
        assertArrayEquals(damaged, Files.readAllBytes(db), "left as it was");
    }

    @Test
    void damagedRowsInAnIntactStructureAreNamedWhenRead() throws Exception {
        Path db = databaseOfSeveralPages();
        long pages = Files.size(db) / 4096;
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(4096 * (pages - 1) + 4000); // inside the cells: the stored JSON of some run
            raf.write("garbage".repeat(10).getBytes(StandardCharsets.US_ASCII));
        }
        refused("cannot list runs: run ", "runs", "list", "--db", db.toString());
    }

    private Path databaseOfSeveralPages() {
        Path db = dir.resolve("runs.db");
        try (ExperimentStore store = ExperimentStore.open(db)) {
            long experiment = store.createExperiment("damage", null).id();
            for (int seed = 0; seed < 40; seed++) {
                RunRequest request = new RunRequest("simple-cnn", "baseline", 0, Multipliers.IDENTITY,
                        Presets.get("simple-cnn"), "fashion-mnist-bundled", Recipe.defaults().withSeed(seed));
                store.enqueue(experiment, request, 1000, 2000);
            }
        }
        return db;
    }

    // 4. Special files

    @Test
    void aFifoWithNoWriterAsSpecOrDatabaseIsReportedNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        refused("a FIFO with nothing writing to it", "cost", "--spec", fifo.toString());
        refused("it is not a regular file", "runs", "list", "--db", fifo.toString());
        refused("it is not a regular file", "train", "--arch", "simple-cnn", "--db", fifo.toString());
    }

    @Test
    void foldersAndDevicesAreRefused() {
        refused("is a folder, not a file", "cost", "--spec", dir.toString());
        refused("it is a folder", "runs", "list", "--db", dir.toString());
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        refused("is too large", "cost", "--spec", "/dev/zero");
        refused("it is not a regular file", "runs", "list", "--db", "/dev/null");
    }

    static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // 7. Lax parsing

    @Test
    void aKeyGivenTwiceIsAnError() throws IOException {
        Path twice = file("twice.json", "{\"name\": \"a\", \"name\": \"b\"}");
        refused("Duplicate field 'name'", "cost", "--spec", twice.toString());
    }

    @Test
    void contentAfterTheClosingBraceIsAnError() throws IOException {
        Path trailing = file("trailing.json", NetworkSpecJson.write(Presets.get("simple-cnn")) + "\n{}");
        refused("content after the end of the JSON value", "cost", "--spec", trailing.toString());
    }

    @Test
    void aBottleneckWithoutItsExpansionIsAnErrorNotA149MillionParameterNetwork() throws IOException {
        ObjectNode resnet = preset("resnet-50");
        ArrayNode stages = (ArrayNode) resnet.get("stages");
        stages.set(0, stages.get(0).textValue().replaceAll("_e[0-9.]+", ""));
        Path spec = file("resnet.json", resnet.toString());
        refused("stages[0]: bt_r3_k3_s1_c256_relu: expansion ratio missing (add a token like e0.25", "cost", "--spec",
                spec.toString());
    }

    @Test
    void halfASurrogatePairIsRefusedRatherThanStoredAsAQuestionMark() throws IOException {
        ObjectNode net = preset("simple-cnn");
        Path spec = file("surrogate.json", net.toString().replace("\"simple-cnn\"", "\"simple\\ud800cnn\""));
        refused("a string with half a \\u surrogate pair", "cost", "--spec", spec.toString());
    }

    @Test
    void controlCharactersQuotedFromAFileAreShownNotSentToTheTerminal() throws IOException {
        ObjectNode net = preset("simple-cnn");
        ((ObjectNode) net.get("classifier")).put("pool", "\u001b[2J\u0000");
        CliRun r = refused("unknown pooling '\\u001b[2J\\u0000'", "cost", "--spec",
                file("escape.json", net.toString()).toString());
        assertTrue(r.err().chars().noneMatch(c -> c == 0x1b || c == 0), r.err());
    }

    @Test
    void nullIsNotTheDefault() throws IOException {
        ObjectNode net = preset("simple-cnn");
        ((ObjectNode) net.get("classifier")).putNull("pool");
        refused("classifier.pool: null is not a value here", "cost", "--spec", file("null.json", net.toString()).toString());
    }

    @Test
    void theDefaultsThatRemainArePrintedBackByCost() throws IOException {
        ObjectNode net = preset("mini-effnet");
        ArrayNode stages = (ArrayNode) net.get("stages");
        stages.set(0, "ir_e6_c16"); // r, k, s and the activation left to their documented defaults
        net.remove("classifier");
        CliRun r = CliRun.of("cost", "--spec", file("defaults.json", net.toString()).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ir_r1_k3_s1_e6_c16_swish"), r.out());
        assertTrue(r.out().contains("avg + fc 10"), r.out());
    }

    // 8. Nonsense answers with exit code 0

    @Test
    void atPhiZeroTheWidthRuleIsTheBaselineEvenWithAOneChannelStage() throws Exception {
        ObjectNode net = preset("simple-cnn");
        ((ArrayNode) net.get("stages")).insert(0, "cn_r1_k3_s1_c1_relu");
        CliRun r = CliRun.of("scale", "--spec", file("one.json", net.toString()).toString(), "--phi", "0", "--rules",
                "compound,width,depth,resolution", "--json");
        assertEquals(0, r.code(), r.err());
        for (JsonNode v : r.json()) {
            assertEquals(1.0, v.get("macs_ratio").asDouble(), 1e-12, v.toString());
            assertEquals(1.0, v.get("width").asDouble(), 1e-12, v.toString());
        }
    }

    @Test
    void aBudgetNoCompoundVariantReachesIsSaidToBeOutOfReach() {
        refused("cannot be reached: the smallest compound variant", "budget", "--arch", "simple-cnn", "--macs", "1");
        refused("asks for more MACs than any network", "budget", "--arch", "simple-cnn", "--macs-multiplier", "1e308");
        refused("cannot be reached: the largest compound variant", "budget", "--arch", "simple-cnn",
                "--macs-multiplier", "1e9");
    }

    @Test
    void aSingleRuleThatCannotReachTheBudgetIsMarked() throws Exception {
        CliRun r = CliRun.of("budget", "--arch", "simple-cnn", "--macs-multiplier", "0.5", "--json");
        assertEquals(0, r.code(), r.err());
        for (JsonNode v : r.json().get("variants")) {
            boolean depth = v.get("rule").asText().equals("depth");
            assertEquals(!depth, v.get("reaches_budget").asBoolean(), v.toString()); // one block per stage already
        }
    }

    @Test
    void aPhiRangeTooLargeToListIsRefusedNotPrintedEmpty() {
        refused("gives too many points", "scale", "--arch", "simple-cnn", "--phi=-1e308:1e308:1e307");
        refused("not a finite number", "scale", "--arch", "simple-cnn", "--phi", "NaN");
        refused("must be a number in [-20, 20]", "scale", "--arch", "simple-cnn", "--phi", "0:40:10");
    }

    @Test
    void everySubcommandAnswersVersion() {
        for (String[] args : new String[][] {{"cost", "-V"}, {"runs", "list", "-V"}, {"train", "--version"}}) {
            CliRun r = CliRun.of(args);
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("ScaleLab "), () -> String.join(" ", args) + ": '" + r.out() + "'");
        }
    }

    // 10. Messages

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path bom = dir.resolve("bom.json");
        Files.write(bom, ("\uFEFF" + NetworkSpecJson.write(Presets.get("simple-cnn"))).getBytes(StandardCharsets.UTF_8));
        CliRun r = CliRun.of("cost", "--spec", bom.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aBinaryFileIsNamedAsOne() throws IOException {
        Path bin = Files.write(dir.resolve("model.bin"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        refused("is a binary file, not text", "cost", "--spec", bin.toString());
        Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        refused("is not UTF-8 text (byte 0xE9 at offset 13)", "cost", "--spec", latin1.toString());
    }

    @Test
    void anEmptyPathIsNotAFolder() {
        refused("--spec '': no file name given", "cost", "--spec", "");
        refused("no file name given", "runs", "list", "--db", "");
    }
}
