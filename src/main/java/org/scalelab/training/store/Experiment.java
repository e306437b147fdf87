package org.scalelab.training.store;

/** A named group of runs, e.g. "compound vs. width-only on mini-effnet". */
public record Experiment(long id, String name, String description, long createdAtMillis) {

    public Experiment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an experiment needs a name");
        }
        description = description == null ? "" : description;
    }
}
