package org.scalelab.training.store;

import java.util.List;

/**
 * One step of the schema's history, applied in a transaction of its own. A step that has shipped is never
 * edited: a change is a new step.
 *
 * @param version the schema version the step leads to (PRAGMA user_version after it)
 */
record Migration(int version, String purpose, List<String> statements) {

    Migration {
        statements = List.copyOf(statements);
    }
}
