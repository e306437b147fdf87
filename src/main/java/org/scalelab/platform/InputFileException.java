package org.scalelab.platform;

import java.nio.file.Path;

/** A file the user named cannot be read as asked; {@link #problem()} says why in one clause, without the path. */
public final class InputFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public InputFileException(Path file, String problem) {
        super((file == null || file.toString().isEmpty() ? "''" : file.toString()) + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, e.g. {@code no such file} or {@code is a folder, not a file}. */
    public String problem() {
        return problem;
    }
}
