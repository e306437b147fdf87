package org.scalelab.ui.charts;

import org.scalelab.domain.scaling.Variant;

/** The cost a chart puts on its x axis. */
public enum CostMetric {
    MACS("MACs (multiply-adds)", "Accuracy vs MACs"),
    PARAMS("params (trainable parameters)", "Accuracy vs params");

    private final String axisLabel;
    private final String title;

    CostMetric(String axisLabel, String title) {
        this.axisLabel = axisLabel;
        this.title = title;
    }

    public String axisLabel() {
        return axisLabel;
    }

    public String title() {
        return title;
    }

    public double of(Variant v) {
        return this == MACS ? v.cost().macs() : v.cost().params();
    }
}
