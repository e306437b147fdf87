package org.scalelab.domain.spec;

/**
 * A network spec (or one of its parts) is invalid. The message always starts with the path of the
 * offending field, e.g. {@code stages[2].kernel: 4 is even; kernels must be odd}, so that the CLI,
 * the JSON reader and the editor can all show it as it is.
 */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public SpecException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The path of the offending field, e.g. {@code stages[2].kernel}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field path. */
    public String problem() {
        return problem;
    }

    /** The same problem, seen from one level up (e.g. {@code kernel} becomes {@code stages[2].kernel}). */
    public SpecException under(String parent) {
        return new SpecException(field.isEmpty() ? parent : parent + "." + field, problem);
    }

    static void check(boolean ok, String field, String problem) {
        if (!ok) {
            throw new SpecException(field, problem);
        }
    }
}
