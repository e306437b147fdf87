package org.scalelab.project;

import java.nio.file.Path;

/** A project file that cannot be read or written; the message names the file and the problem. */
public final class ProjectFileException extends Exception {
    private final Path file;

    public ProjectFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
