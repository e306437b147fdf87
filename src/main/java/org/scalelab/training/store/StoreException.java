package org.scalelab.training.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** The experiment database cannot be used: its message names the file and says what is wrong with it. */
public final class StoreException extends RuntimeException {
    private final transient Path file;

    StoreException(Path file, String problem) {
        this(file, problem, null);
    }

    StoreException(Path file, String problem, Throwable cause) {
        super("experiment database " + file + ": " + problem, cause);
        this.file = file;
    }

    /** Explains an SQLite failure in the user's terms; {@code failure} says what could not be done. */
    static StoreException from(Path file, String failure, SQLException e) {
        return new StoreException(file, failure + ": " + reason(e), e);
    }

    private static String reason(SQLException e) {
        int primary = e.getErrorCode() & 0xFF; // extended codes refine the primary one in their low byte
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "it is locked by another program (another ScaleLab?); try again when that one has finished";
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "it is read-only";
        }
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "it is not a SQLite database";
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "it is damaged (" + e.getMessage() + ")";
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full";
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "it cannot be opened (missing folder or no permission?)";
        }
        return e.getMessage();
    }

    public Path file() {
        return file;
    }
}
