package org.scalelab.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.scalelab.platform.InputFileException;
import org.scalelab.platform.InputFiles;

/**
 * Reads and writes project files. Writing goes to a temporary file beside the target, which is then renamed over
 * it, so an existing project is never left half-written. Blocking: call off the FX thread.
 */
public final class ProjectFiles {
    /** Larger files are not projects. */
    static final long MAX_BYTES = InputFiles.MAX_TEXT_BYTES;

    private ProjectFiles() {
    }

    public static Project read(Path file) throws ProjectFileException {
        String text;
        try {
            // The same checks as the CLI's --spec: folders, FIFOs, devices, binary files and huge files are refused.
            text = InputFiles.readText(file, MAX_BYTES);
        } catch (InputFileException e) {
            throw new ProjectFileException(file, e.problem(), e);
        }
        try {
            return ProjectJson.read(text);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(file, e.getMessage(), e);
        }
    }

    public static void write(Path file, Project project) throws ProjectFileException {
        writeText(file, ProjectJson.write(project));
    }

    /** Temp files are created owner-only: give the new file the old one's permissions, or rw-r--r--. */
    private static void keepPermissions(Path file, Path tmp) {
        try {
            if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Files.setPosixFilePermissions(tmp, Files.exists(file) ? Files.getPosixFilePermissions(file)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // keep the temp file's own permissions
        }
    }

    /** Writes text atomically: temp file in the same folder, then rename. */
    public static void writeText(Path file, String text) throws ProjectFileException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            keepPermissions(file, tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temp file stays; the target is untouched either way
                }
            }
            throw new ProjectFileException(file, "cannot write: " + e.getMessage(), e);
        }
    }
}
