package org.scalelab.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.store.ExperimentStore;

/**
 * Experiment databases: one real database (runs queued, running, done with epochs, failed), then copies damaged one
 * way each: bytes of a page, a zeroed or truncated page, a broken header, a garbage write-ahead log, another
 * program's database, a newer schema. Read with {@code runs list}, {@code runs show}, {@code runs export} and {@code
 * check}: each must list or refuse in one line, and never change the copy it refuses.
 */
final class HostileStores {
    private static final int PAGE = 4096;

    private final Path base;
    private byte[] healthy;

    HostileStores(Path folder) {
        this.base = folder.resolve("healthy.db");
    }

    FuzzCase make(int number, Path dir, Mutator m) throws IOException {
        Path db = dir.resolve("runs.db");
        String what = damage(db, m);
        List<String> args = switch (m.below(5)) {
            case 0 -> List.of("runs", "show", m.pick(List.of("0", "a", "f", "")), "--db", db.toString(), "--json");
            case 1 -> List.of("runs", "export", "--db", db.toString(), m.pick(List.of("--json", "--csv")));
            case 2 -> List.of("check", "--db", db.toString(), "--json");
            default -> List.of("runs", "list", "--db", db.toString(), "--json");
        };
        return new FuzzCase(number, "store", what, args, dir);
    }

    private String damage(Path db, Mutator m) throws IOException {
        byte[] bytes = healthy().clone();
        int pages = bytes.length / PAGE;
        int page = m.below(pages);
        switch (m.below(10)) {
            case 0, 1, 2 -> {
                byte[] edited = m.bytes(java.util.Arrays.copyOfRange(bytes, page * PAGE, (page + 1) * PAGE));
                byte[] out = new byte[bytes.length - PAGE + edited.length];
                System.arraycopy(bytes, 0, out, 0, page * PAGE);
                System.arraycopy(edited, 0, out, page * PAGE, edited.length);
                System.arraycopy(bytes, (page + 1) * PAGE, out, page * PAGE + edited.length, bytes.length - (page + 1) * PAGE);
                Files.write(db, out);
                return "page " + (page + 1) + " of " + pages + " edited";
            }
            case 3 -> {
                java.util.Arrays.fill(bytes, page * PAGE, (page + 1) * PAGE, (byte) 0);
                Files.write(db, bytes);
                return "page " + (page + 1) + " zeroed";
            }
            case 4 -> {
                Files.write(db, java.util.Arrays.copyOf(bytes, m.below(bytes.length)));
                return "truncated";
            }
            case 5 -> {
                int at = 16 + m.below(84); // the header after its magic string: page size, versions, counters
                bytes[at] = (byte) m.below(256);
                Files.write(db, bytes);
                return "header byte " + at;
            }
            case 6 -> {
                Files.write(db, bytes);
                Files.write(db.resolveSibling("runs.db-wal"), m.randomBytes(m.pick(List.of(32, 4096, 4128, 70_000))));
                return "a garbage write-ahead log";
            }
            case 7 -> {
                foreign(db, m.chance(0.5));
                return "another program's database, or a newer schema";
            }
            default -> {
                Files.write(db, m.chance(0.5) ? m.randomBytes(m.below(3 * PAGE)) : "SQLite format 3".getBytes());
                return "not a database";
            }
        }
    }

    /** A SQLite file that is not ScaleLab's, or ScaleLab's from a future schema version. */
    private static void foreign(Path db, boolean newer) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            if (newer) {
                s.execute("PRAGMA application_id = 1396919362"); // ScaleLab's mark (0x53434C42)
                s.execute("PRAGMA user_version = 999");
            } else {
                s.execute("CREATE TABLE songs (title TEXT)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The healthy database, made once: runs in every state, epochs and results, over several pages. */
    private synchronized byte[] healthy() {
        if (healthy != null) {
            return healthy;
        }
        try {
            Files.createDirectories(base.getParent());
            try (ExperimentStore store = ExperimentStore.open(base)) {
                long experiment = store.createExperiment("fuzz", "a database to damage").id();
                for (int seed = 0; seed < 24; seed++) {
                    RunRequest q = new RunRequest("simple-cnn", "baseline", 0, Multipliers.IDENTITY,
                            Presets.get("simple-cnn"), "fashion-mnist-bundled", Recipe.defaults().withSeed(seed));
                    String id = store.enqueue(experiment, q, 54_778, 1_950_592).id();
                    if (seed % 3 == 0) {
                        continue;
                    }
                    store.markRunning(id, "CPU");
                    for (int e = 1; e <= 3; e++) {
                        store.recordEpoch(id, new EpochMetrics(e, 1.0 / e, 0.5 + e / 10.0, 0.4 + e / 10.0, 1000, 2.0),
                                "checkpoints/" + id + ".zip");
                    }
                    if (seed % 3 == 1) {
                        store.finish(id, new RunResult(0.8, 12.5, 900, 1.5, "CPU", DeviceKind.CPU));
                    } else {
                        store.fail(id, "diverged");
                    }
                }
            }
            healthy = Files.readAllBytes(base);
            return healthy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
