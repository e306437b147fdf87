package org.scalelab.training.service;

import org.scalelab.training.engine.VariantData;

/** Finds the prepared data for a dataset id (see {@code DatasetLocator}); loading may take seconds. */
@FunctionalInterface
public interface DataSource {
    VariantData forDataset(String datasetId);
}
