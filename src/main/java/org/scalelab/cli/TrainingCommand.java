package org.scalelab.cli;

/**
 * A command that trains with ND4J. The launcher parses the arguments, asks the chosen command whether they train, and
 * runs those that do in a child with OpenMP waiting passively (docs/decisions/omp-wait-policy.md). A new command that
 * trains implements this; {@code LayeringTest} fails for a command that reaches the training loop without it.
 */
public interface TrainingCommand {
    /** Whether the parsed options train; {@code search --dry-run}, for one, does not. */
    default boolean trains() {
        return true;
    }
}
