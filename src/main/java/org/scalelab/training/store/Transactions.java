package org.scalelab.training.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit BEGIN/COMMIT on a connection left in auto-commit mode: the driver's own transaction handling
 * begins the next transaction right after each commit, which would hold SQLite's write lock between calls.
 */
final class Transactions {
    /** Takes the write lock up front, so two writers never deadlock upgrading a read lock. */
    static final String WRITE = "BEGIN IMMEDIATE";
    /** Reads several statements from one snapshot of the database. */
    static final String READ = "BEGIN DEFERRED";

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    static <T> T run(Connection c, String begin, Work<T> work) throws SQLException {
        execute(c, begin);
        try {
            T result = work.run(c);
            execute(c, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                execute(c, "ROLLBACK");
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
