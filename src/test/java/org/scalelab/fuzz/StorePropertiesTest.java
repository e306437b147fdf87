package org.scalelab.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.spec.StrictJson;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.store.Experiment;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;
import org.scalelab.training.store.StoreException;

/**
 * The store with hostile text in every field it keeps, and on damaged copies of a real database: text comes back
 * exactly as stored, and a damaged file is read or refused with a StoreException, never left changed by a refusal.
 */
class StorePropertiesTest {
    @TempDir
    Path dir;
    private ExperimentStore store;

    @BeforeEach
    void open() {
        store = ExperimentStore.open(dir.resolve("texts.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anyTextIsStoredAndReadBackAsItWas() {
        // Well-formed text: an unpaired surrogate cannot be stored as UTF-8, and every way in refuses one (StrictJson).
        Properties.qt(300).forAll(strings().allPossible().ofLengthBetween(0, 300).map(StorePropertiesTest::wellFormed),
                longs().all()).checkAssert((text, seed) -> {
            if (text.isBlank()) {
                assertThrows(IllegalArgumentException.class, () -> store.createExperiment(text, text));
                return;
            }
            Experiment e = store.createExperiment(text, text);
            Experiment back = store.experiments().stream().filter(x -> x.id() == e.id()).findFirst().orElseThrow();
            assertEquals(text, back.name());
            assertEquals(text, back.description());
            RunRequest q = new RunRequest(text, text, 0, Multipliers.IDENTITY, Presets.get("simple-cnn"), text,
                    Recipe.defaults().withSeed(seed));
            RunRecord r = store.enqueue(e.id(), q, 1, 1);
            store.markRunning(r.id(), text);
            store.fail(r.id(), text.isBlank() ? "x" : text);
            RunRecord failed = store.find(r.id()).orElseThrow();
            assertEquals(RunStatus.FAILED, failed.status());
            assertEquals(text, failed.error());
            assertEquals(q, failed.request());
        });
    }

    @Test
    void damagedCopiesAreReadOrRefusedAndARefusedCopyIsLeftAsItWas() {
        Path healthy = dir.resolve("healthy.db");
        try (ExperimentStore s = ExperimentStore.open(healthy)) {
            long exp = s.createExperiment("e", null).id();
            for (int seed = 0; seed < 30; seed++) {
                s.enqueue(exp, new RunRequest("simple-cnn", "baseline", 0, Multipliers.IDENTITY, Presets.get("simple-cnn"),
                        "d", Recipe.defaults().withSeed(seed)), 1, 1);
            }
        }
        byte[] original = read(healthy);
        Properties.qt(150).forAll(longs().all()).checkAssert(seed -> {
            Path copy = dir.resolve("copy" + Long.toHexString(seed) + ".db");
            byte[] damaged = new Mutator(seed).bytes(original);
            write(copy, damaged);
            try (ExperimentStore s = ExperimentStore.open(copy)) {
                s.experiments();
                for (RunRecord r : s.runs(RunFilter.all())) {
                    s.epochs(r.id());
                }
            } catch (StoreException e) {
                assertTrue(Properties.oneLine(e.getMessage().replaceAll("\\R", " ")), e.getMessage());
                if (!e.getMessage().contains("cannot list") && !e.getMessage().contains("cannot read")) {
                    assertArrayEquals(damaged, read(copy), "a refused file is left as it was");
                }
            }
        });
    }

    /** The text with each unpaired surrogate replaced by '?', as {@link StrictJson#wellFormed} wants it. */
    private static String wellFormed(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isSurrogate((char) c) && c <= 0xFFFF ? '?' : c));
        String fixed = b.toString();
        assertTrue(StrictJson.wellFormed(fixed));
        return fixed;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
