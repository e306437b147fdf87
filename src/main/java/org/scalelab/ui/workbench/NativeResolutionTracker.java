package org.scalelab.ui.workbench;

import java.util.function.Function;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.concurrent.Latest;

/**
 * Keeps the workbench model's native resolution that of its dataset: reads the dataset in the background whenever
 * the dataset changes (latest wins) and sets it; unknown (null, nothing marked upsampled) until read or when the
 * dataset cannot be read.
 */
public final class NativeResolutionTracker {
    private final WorkbenchModel model;
    private final Function<String, NativeResolution> read;
    private final Latest<NativeResolution> latest;

    /** @param read the native resolution of a dataset id (blocking: it may read the whole dataset) */
    public NativeResolutionTracker(WorkbenchModel model, BackgroundExecutor executor,
                                   Function<String, NativeResolution> read) {
        this.model = model;
        this.read = read;
        this.latest = new Latest<>(executor);
        model.datasetProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        String dataset = model.datasetProperty().get();
        model.nativeResolutionProperty().set(null);
        latest.submit(() -> read.apply(dataset), n -> model.nativeResolutionProperty().set(n),
                e -> model.nativeResolutionProperty().set(null));
    }
}
