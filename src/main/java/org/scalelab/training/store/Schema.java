package org.scalelab.training.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database's tables as an ordered list of migrations. The version lives in PRAGMA user_version and the
 * file is marked as ScaleLab's by PRAGMA application_id; both sit in the file header and change inside the
 * step's transaction, so a crash mid-step leaves the previous version intact.
 */
final class Schema {
    /** "SCLB": marks a file as a ScaleLab database, so a foreign SQLite file is never taken for ours. */
    static final int APPLICATION_ID = 0x53434C42;

    static final List<Migration> STEPS = List.of(
            new Migration(1, "experiments, runs and their epochs", List.of(
                    "PRAGMA application_id = " + APPLICATION_ID,
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
                    ) WITHOUT ROWID""")),
            // Start-up (markInterrupted) looks runs up by status, and the run table filters by baseline.
            new Migration(2, "indexes for finding runs by status and by baseline", List.of(
                    "CREATE INDEX runs_by_status ON runs (status)",
                    "CREATE INDEX runs_by_baseline ON runs (baseline, created_at)")),
            // Timings are only comparable on one kind of device. Each epoch records the kind that trained it, so a run
            // resumed on another kind is marked MIXED. Runs stored before this step were all trained on the CPU (their
            // device text says so); their epochs take their run's kind.
            new Migration(3, "the kind of device (CPU, GPU) that trained each run and each epoch", List.of(
                    "ALTER TABLE runs ADD COLUMN device_kind TEXT CHECK (device_kind IN ('CPU', 'GPU', 'MIXED'))",
                    "ALTER TABLE epochs ADD COLUMN device_kind TEXT CHECK (device_kind IN ('CPU', 'GPU'))",
                    """
                    UPDATE runs SET device_kind = CASE WHEN device LIKE 'GPU%' THEN 'GPU' ELSE 'CPU' END
                    WHERE device IS NOT NULL""",
                    """
                    UPDATE epochs SET device_kind =
                        (SELECT CASE WHEN r.device_kind = 'GPU' THEN 'GPU' ELSE 'CPU' END FROM runs r WHERE r.id = epochs.run_id)""")));

    static final int CURRENT_VERSION = STEPS.get(STEPS.size() - 1).version();

    private Schema() {
    }

    static int version(Connection c) throws SQLException {
        return pragma(c, "user_version");
    }

    static int applicationId(Connection c) throws SQLException {
        return pragma(c, "application_id");
    }

    /** Brings the schema up to {@link #CURRENT_VERSION}; another process may be doing the same. */
    static void migrate(Connection c, Path file) {
        for (Migration step : STEPS) {
            try {
                if (version(c) < step.version()) {
                    apply(c, step);
                }
            } catch (SQLException e) {
                throw StoreException.from(file, "upgrading it to schema version " + step.version() + " (" + step.purpose()
                        + ") failed", e);
            }
        }
    }

    private static void apply(Connection c, Migration step) throws SQLException {
        Transactions.run(c, Transactions.WRITE, tx -> {
            // Re-read under the write lock: another ScaleLab may have applied this step meanwhile.
            if (version(tx) == step.version() - 1) {
                try (Statement s = tx.createStatement()) {
                    for (String sql : step.statements()) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + step.version());
                }
            }
            return null;
        });
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
