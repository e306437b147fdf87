package org.scalelab.ui.recipe;

import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.data.LoadedDataset;

/**
 * Checks what the recipe panel is given as data by reading it, as the command line's {@code --data} does. Blocking:
 * the panel calls it in the background. Throws with a message naming the value or file and the problem.
 */
@FunctionalInterface
public interface DatasetProbe {

    /** A usable dataset: its id (part of every run key) and one line about it. */
    record Found(String id, String description) {
    }

    Found probe(String value);

    /** The command line's reader: the bundled subset, the full Fashion-MNIST, or a dataset folder. */
    static DatasetProbe locator() {
        DatasetLocator locator = new DatasetLocator();
        return value -> {
            LoadedDataset d = locator.load(value);
            return new Found(d.id(), d.description());
        };
    }
}
