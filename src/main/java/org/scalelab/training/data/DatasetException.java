package org.scalelab.training.data;

import java.nio.file.Path;

/**
 * A dataset file or folder cannot be used. The message always starts with the file, folder or class-path
 * resource at fault, then says what is wrong with it, e.g.
 * {@code /data/train-labels-idx1-ubyte.gz: label 12 at index 41 is out of range for 10 classes}.
 */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;

    public DatasetException(String source, String problem) {
        this(source, problem, null);
    }

    public DatasetException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    public DatasetException(Path source, String problem) {
        this(source.toString(), problem, null);
    }

    public DatasetException(Path source, String problem, Throwable cause) {
        this(source.toString(), problem, cause);
    }

    /**
     * Why an I/O operation failed, in the user's words: "permission denied", the file system's reason, or the
     * message, without Java's exception class names.
     */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }

    /** The file, folder or class-path resource at fault. */
    public String source() {
        return source;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}
