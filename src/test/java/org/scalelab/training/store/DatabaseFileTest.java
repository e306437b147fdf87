package org.scalelab.training.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file that is not a usable ScaleLab database is refused with its name, and left exactly as it was. */
class DatabaseFileTest {
    @TempDir
    Path dir;

    private StoreException refused(Path file, String why) {
        StoreException e = assertThrows(StoreException.class, () -> ExperimentStore.open(file, Duration.ofMillis(200)));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith("experiment database " + file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
        return e;
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aTextFileIsRefusedAndLeftAlone() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "my thesis notes, please keep\n".repeat(100));
        byte[] before = Files.readAllBytes(notes);

        refused(notes, "not a SQLite database; ScaleLab leaves it untouched");

        assertArrayEquals(before, Files.readAllBytes(notes));
        assertEquals(List.of("notes.txt"), filesInDir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE", "WAL"})
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftAlone(String journalMode) throws Exception {
        Path other = dir.resolve("other.db");
        RawSqlite.execute(other, "PRAGMA journal_mode = " + journalMode, "CREATE TABLE notes (text TEXT)",
                "CREATE VIEW recent AS SELECT * FROM notes", "INSERT INTO notes VALUES ('keep me')");
        byte[] before = Files.readAllBytes(other);

        refused(other, "a SQLite database of another program (it holds [table notes, view recent]");

        assertArrayEquals(before, Files.readAllBytes(other));
        assertEquals(List.of("other.db"), filesInDir());
    }

    @Test
    void aDatabaseMarkedByAnotherApplicationIsRefusedEvenWithoutTables() throws Exception {
        Path other = dir.resolve("other.db");
        RawSqlite.execute(other, "PRAGMA application_id = 1234", "PRAGMA user_version = 1");
        byte[] before = Files.readAllBytes(other);

        refused(other, "application_id 1234");

        assertArrayEquals(before, Files.readAllBytes(other));
    }

    @Test
    void aFolderIsRefused() {
        refused(dir, "it is a folder");
    }

    @Test
    void anEmptyFileBecomesANewDatabase() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        try (ExperimentStore store = ExperimentStore.open(empty)) {
            store.createExperiment("first", "");
        }
        assertEquals(Schema.APPLICATION_ID, RawSqlite.number(empty, "PRAGMA application_id"));
        assertEquals("wal\n", RawSqlite.text(empty, "PRAGMA journal_mode"));
    }

    @Test
    void aReadOnlyFileIsRefused() throws Exception {
        Path db = dir.resolve("scalelab.db");
        ExperimentStore.open(db).close();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(db), "this user may write to read-only files (root?), so none can be made here");

        refused(db, "it is read-only");
    }

    @Test
    void aDatabaseLockedByAnotherProgramIsRefusedAfterTheBusyTimeout() throws Exception {
        Path db = dir.resolve("scalelab.db");
        ExperimentStore.open(db).close();
        try (Connection other = RawSqlite.connect(db); Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");

            refused(db, "it is locked by another program");
        }
    }
}
