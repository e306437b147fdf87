package org.scalelab.training.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Opens the database file without harming one that is not ours: every check that can refuse a file runs
 * before the first write to it (even switching to WAL rewrites the header).
 */
final class DatabaseFile {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFile() {
    }

    static Connection open(Path file, Duration busyTimeout) {
        checkBeforeConnecting(file);
        Connection c = connect(file, busyTimeout);
        try {
            refuseForeignOrNewer(c, file);
            refuseDamaged(c, file);
            useDurableWriteAheadLog(c, file, busyTimeout);
            Schema.migrate(c, file);
            return c;
        } catch (SQLException e) {
            throw closing(c, StoreException.from(file, "cannot open it", e));
        } catch (RuntimeException e) {
            throw closing(c, e);
        }
    }

    private static void checkBeforeConnecting(Path file) {
        if (file.toString().isEmpty()) {
            throw new StoreException(file, "no file name given");
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file, "it is a folder, not a database file");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                // Reading a FIFO's header would wait forever for a writer, and SQLite cannot live in a device.
                throw new StoreException(file, "it is not a regular file (a pipe, device or socket); the experiment"
                        + " database must be a file");
            }
            if (!Files.isReadable(file) || !Files.isWritable(file)) {
                throw new StoreException(file, "it is read-only; ScaleLab must be able to write its experiments there");
            }
            if (!looksLikeSqlite(file)) {
                throw new StoreException(file, "it is not a SQLite database; ScaleLab leaves it untouched");
            }
        } else {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new StoreException(file, "cannot create its folder: " + e, e);
            }
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException(file, "its folder is read-only; SQLite keeps its write-ahead log beside the database");
        }
    }

    /** An empty file is an empty database to SQLite; anything else must start with SQLite's header. */
    private static boolean looksLikeSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(SQLITE_HEADER.length);
            return start.length == 0 || Arrays.equals(start, SQLITE_HEADER);
        } catch (IOException e) {
            throw new StoreException(file, "cannot read it: " + e, e);
        }
    }

    private static Connection connect(Path file, Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // Waits this long for another ScaleLab (or a CLI run) to finish its write instead of failing at once.
        config.setBusyTimeout(Math.toIntExact(busyTimeout.toMillis()));
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw StoreException.from(file, "cannot open it", e);
        }
    }

    /**
     * Reads the mark, the version and the tables from one snapshot: read one by one, another ScaleLab creating
     * the same new file at this moment could commit its first migration in between, and a file with tables but
     * no mark yet would look like another program's.
     */
    private static void refuseForeignOrNewer(Connection c, Path file) throws SQLException {
        Transactions.run(c, Transactions.READ, tx -> {
            refuseForeignOrNewer(tx, file, Schema.applicationId(tx), Schema.version(tx));
            return null;
        });
    }

    private static void refuseForeignOrNewer(Connection c, Path file, int applicationId, int version)
            throws SQLException {
        if (applicationId == Schema.APPLICATION_ID) {
            if (version > Schema.CURRENT_VERSION) {
                throw new StoreException(file, "it was written by a newer ScaleLab (schema version " + version
                        + "); this ScaleLab reads schema versions up to " + Schema.CURRENT_VERSION
                        + ". Update ScaleLab or choose another database file");
            }
            return;
        }
        List<String> objects = schemaObjects(c);
        if (applicationId != 0 || version != 0 || !objects.isEmpty()) {
            throw new StoreException(file, "it is a SQLite database of another program (it holds " + objects
                    + ", application_id " + applicationId + ", user_version " + version
                    + "); ScaleLab leaves it untouched");
        }
    }

    /**
     * SQLite's own check, before anything is written: a damaged page would otherwise surface later, in the middle of a
     * listing or a training run. The full check, not the quick one: an index that disagrees with its table (a run
     * listed but not found) passes the quick one. See docs/hostile-input.md for what it costs.
     */
    private static void refuseDamaged(Connection c, Path file) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check(3)")) {
            while (rs.next()) {
                // SQLite's lines look like "*** in database main ***\nTree 3 page 3: btreeInitPage() returns error code 11"
                for (String line : rs.getString(1).split("\\R")) {
                    if (!line.isBlank() && !line.startsWith("***")) {
                        problems.add(line.strip());
                    }
                }
            }
        }
        if (!problems.equals(List.of("ok"))) {
            problems = problems.size() > 3 ? problems.subList(0, 3) : problems;
            throw new StoreException(file, "it is damaged (SQLite's check: " + String.join("; ", problems)
                    + "); ScaleLab leaves it untouched. Recover what it holds with `sqlite3 " + file
                    + " .recover | sqlite3 recovered.db`, or choose another database file");
        }
    }

    private static List<String> schemaObjects(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type || ' ' || name FROM sqlite_master ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * WAL lets the UI read while training writes. synchronous=FULL syncs the log at every commit: with NORMAL
     * a commit survives a crash of ScaleLab but may vanish on power loss or an OS crash, and "nothing completed
     * is ever lost" must hold for those too. We commit about once per epoch, so the extra fsync is free.
     */
    private static void useDurableWriteAheadLog(Connection c, Path file, Duration busyTimeout) throws SQLException {
        try (Statement s = c.createStatement()) {
            String mode = switchToWal(s, busyTimeout);
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new StoreException(file, "it cannot use a write-ahead log (journal mode stays " + mode
                        + "); is it on a network drive?");
            }
            s.execute("PRAGMA synchronous = FULL");
        }
    }

    /**
     * Switching a new file to WAL needs it to itself for a moment, and SQLite answers "busy" at once instead of
     * calling the busy handler when another ScaleLab is opening the same new file: so wait and retry here, up to
     * the busy timeout.
     */
    private static String switchToWal(Statement s, Duration busyTimeout) throws SQLException {
        long deadline = System.nanoTime() + busyTimeout.toNanos();
        while (true) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
                return rs.getString(1);
            } catch (SQLException e) {
                boolean busy = (e.getErrorCode() & 0xff) == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code; // or an extended busy code
                if (!busy || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static RuntimeException closing(Connection c, RuntimeException failure) {
        try {
            c.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }
}
