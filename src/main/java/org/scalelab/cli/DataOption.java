package org.scalelab.cli;

import org.scalelab.training.data.DatasetException;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.data.LoadedDataset;

/**
 * Loads the dataset {@code --data} names; a bad one is a one-line user error. Kept apart from {@link TrainingSession}
 * for the commands that only read the data (its size, its native resolution) and train nothing.
 */
final class DataOption {
    private DataOption() {
    }

    static LoadedDataset load(String value) {
        try {
            return new DatasetLocator().load(value);
        } catch (DatasetException e) {
            throw new UserError("--data: " + e.getMessage());
        }
    }
}
