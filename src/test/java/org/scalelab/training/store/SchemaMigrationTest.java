package org.scalelab.training.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;

class SchemaMigrationTest {
    /** Version 1 as it shipped, frozen here: Schema.STEPS may only grow, never change what it did. */
    private static final List<String> V1 = List.of(
            "PRAGMA application_id = " + 0x53434C42,
            """
            CREATE TABLE experiments (
                id          INTEGER PRIMARY KEY,
                name        TEXT    NOT NULL,
                description TEXT    NOT NULL DEFAULT '',
                created_at  INTEGER NOT NULL
            )""",
            """
            CREATE TABLE runs (
                id                    TEXT    PRIMARY KEY,
                baseline              TEXT    NOT NULL,
                rule                  TEXT    NOT NULL,
                phi                   REAL,
                depth_multiplier      REAL    NOT NULL,
                width_multiplier      REAL    NOT NULL,
                resolution_multiplier REAL    NOT NULL,
                resolution            INTEGER NOT NULL,
                params                INTEGER NOT NULL,
                macs                  INTEGER NOT NULL,
                spec_json             TEXT    NOT NULL,
                dataset               TEXT    NOT NULL,
                recipe_json           TEXT    NOT NULL,
                seed                  INTEGER NOT NULL,
                status                TEXT    NOT NULL CHECK (status IN
                        ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED', 'INTERRUPTED')),
                epochs_done           INTEGER NOT NULL DEFAULT 0,
                test_accuracy         REAL,
                train_seconds         REAL,
                images_per_second     REAL,
                latency_ms            REAL,
                device                TEXT,
                error                 TEXT,
                checkpoint_path       TEXT,
                created_at            INTEGER NOT NULL,
                updated_at            INTEGER NOT NULL
            )""",
            """
            CREATE TABLE experiment_runs (
                experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
                run_id        TEXT    NOT NULL REFERENCES runs (id),
                position      INTEGER NOT NULL,
                PRIMARY KEY (experiment_id, run_id),
                UNIQUE (experiment_id, position)
            )""",
            """
            CREATE TABLE epochs (
                run_id              TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                epoch               INTEGER NOT NULL,
                loss                REAL,
                train_accuracy      REAL,
                validation_accuracy REAL,
                images_per_second   REAL,
                seconds             REAL,
                PRIMARY KEY (run_id, epoch)
            ) WITHOUT ROWID""",
            "PRAGMA user_version = 1");

    @TempDir
    Path dir;

    private Path v1Database(String... extra) throws SQLException {
        Path db = dir.resolve("v1.db");
        try (Connection c = RawSqlite.connect(db); Statement s = c.createStatement()) {
            s.execute("BEGIN");
            for (String sql : V1) {
                s.execute(sql);
            }
            for (String sql : extra) {
                s.execute(sql);
            }
            s.execute("COMMIT");
        }
        return db;
    }

    /** One finished run, inserted with the SQL a version-1 ScaleLab would have used. */
    private static void insertDoneRun(Path db, RunRequest r) throws SQLException {
        try (Connection c = RawSqlite.connect(db); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO runs (id, baseline, rule, phi, depth_multiplier, width_multiplier, resolution_multiplier,
                                  resolution, params, macs, spec_json, dataset, recipe_json, seed, status, epochs_done,
                                  test_accuracy, train_seconds, images_per_second, latency_ms, device,
                                  checkpoint_path, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1000, 2000, ?, ?, ?, ?, 'DONE', 1, 0.9, 10, 500, 1.5, 'cpu',
                        'ckpt-1.zip', 1, 2)""")) {
            ps.setString(1, r.key());
            ps.setString(2, r.baseline());
            ps.setString(3, r.rule());
            ps.setDouble(4, r.phi());
            ps.setDouble(5, r.multipliers().depth());
            ps.setDouble(6, r.multipliers().width());
            ps.setDouble(7, r.multipliers().resolution());
            ps.setInt(8, r.spec().input().resolution());
            ps.setString(9, NetworkSpecJson.write(r.spec()));
            ps.setString(10, r.dataset());
            ps.setString(11, RecipeJson.write(r.recipe()));
            ps.setLong(12, r.recipe().seed());
            ps.executeUpdate();
        }
        RawSqlite.execute(db, "INSERT INTO epochs VALUES ('" + r.key() + "', 1, 0.5, 0.8, 0.85, 500, 10)");
    }

    private static String schemaOf(Path db) throws SQLException {
        return RawSqlite.text(db, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
                .replaceAll("[ \\t]+", " ");
    }

    @Test
    void stepsAreNumberedOneByOne() {
        assertEquals(IntStream.rangeClosed(1, Schema.STEPS.size()).boxed().toList(),
                Schema.STEPS.stream().map(Migration::version).toList());
        assertTrue(Schema.CURRENT_VERSION >= 2);
    }

    @Test
    void aVersion1DatabaseIsUpgradedKeepingItsRuns() throws Exception {
        Path db = v1Database();
        RunRequest request = Requests.miniEffnet(3);
        insertDoneRun(db, request);

        try (ExperimentStore store = ExperimentStore.open(db)) {
            RunRecord run = store.find(request.key()).orElseThrow();
            assertEquals(request, run.request());
            assertEquals(RunStatus.DONE, run.status());
            assertEquals(0.9, run.result().testAccuracy());
            assertEquals(1, run.epochsDone());
            // Step 3: everything ScaleLab trained before it ran on the CPU, runs and their epochs alike.
            assertEquals(org.scalelab.training.DeviceKind.CPU, run.result().deviceKind());
        }
        assertEquals("CPU", RawSqlite.text(db, "SELECT device_kind FROM epochs WHERE run_id = '" + request.key() + "'").trim());
        assertEquals(Schema.CURRENT_VERSION, RawSqlite.number(db, "PRAGMA user_version"));
        Path fresh = dir.resolve("fresh.db");
        ExperimentStore.open(fresh).close();
        assertEquals(schemaOf(fresh), schemaOf(db));
    }

    @Test
    void aFailedStepLeavesThePreviousVersionWhole() throws Exception {
        // A version-1 database where step 2's second index name is already taken.
        Path db = v1Database("CREATE INDEX runs_by_baseline ON experiments (name)");

        StoreException e = assertThrows(StoreException.class, () -> ExperimentStore.open(db));

        assertTrue(e.getMessage().contains("upgrading it to schema version 2"), e.getMessage());
        assertEquals(1, RawSqlite.number(db, "PRAGMA user_version"));
        assertEquals(0, RawSqlite.number(db, "SELECT count(*) FROM sqlite_master WHERE name = 'runs_by_status'"));
    }

    @Test
    void aDatabaseFromANewerScaleLabIsRefusedNamingBothVersions() throws Exception {
        Path db = dir.resolve("scalelab.db");
        ExperimentStore.open(db).close();
        int newer = Schema.CURRENT_VERSION + 1;
        RawSqlite.execute(db, "PRAGMA user_version = " + newer);
        byte[] before = Files.readAllBytes(db);

        StoreException e = assertThrows(StoreException.class, () -> ExperimentStore.open(db));

        assertEquals("experiment database " + db + ": it was written by a newer ScaleLab (schema version " + newer
                + "); this ScaleLab reads schema versions up to " + Schema.CURRENT_VERSION
                + ". Update ScaleLab or choose another database file", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db));
    }
}
