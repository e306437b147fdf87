package org.scalelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final ReferenceData ref = ReferenceData.load();

    @Test
    void loadsThePublishedModelsFromTheClassPath() {
        assertEquals(29, ref.models().size());
        ReferenceData.Model b0 = ref.models().get(0);
        assertEquals("EfficientNet-B0", b0.name());
        assertEquals(77.1, b0.top1());
        assertEquals(5.3, b0.paramsM());
        assertEquals(0.39, b0.flopsB());
        assertEquals("EfficientNet paper v5 Table 2", b0.source());
    }

    @Test
    void aMissingNumberIsNaN() {
        ReferenceData.Model gpipe = ref.models().stream().filter(m -> m.name().equals("GPipe")).findFirst().orElseThrow();
        assertTrue(Double.isNaN(gpipe.flopsB()));
    }

    @Test
    void loadsTheScalingExperiments() {
        assertEquals(19, ref.experiments().size());
        ReferenceData.Experiment e = ref.experiments().get(ref.experiments().size() - 1);
        assertEquals("EfficientNet-B0", e.baseline());
        assertEquals("compound", e.method());
        assertEquals(81.1, e.top1());
        assertTrue(ref.experiments().stream().allMatch(x -> x.source().startsWith("EfficientNet paper")));
    }

    @Test
    void everyRowCreditsItsSource() {
        assertTrue(ref.models().stream().noneMatch(m -> m.source().isBlank()));
    }

    @Test
    void csvSplitKeepsQuotedCommas() {
        assertEquals(List.of("a", "b, c", "d \"e\"", ""), ReferenceData.split("a,\"b, c\",\"d \"\"e\"\"\","));
    }

    @Test
    void referenceChartHasItsOwnAxesAndTitle() {
        JFreeChart chart = ReferenceChart.build(ref);
        assertEquals(ChartsViewModel.REFERENCE_TITLE, chart.getTitle().getText());
        CombinedRangeXYPlot plot = (CombinedRangeXYPlot) chart.getPlot();
        assertEquals(ReferenceChart.TOP1_LABEL, plot.getRangeAxis().getLabel());
        assertFalse(plot.getRangeAxis().getLabel().contains("local"));
        XYPlot models = plot.getSubplots().get(0);
        assertEquals(8, models.getDataset().getItemCount(0)); // B0–B7
        assertEquals(29 - 8 - 1, models.getDataset().getItemCount(1)); // GPipe has no FLOPs
    }
}
