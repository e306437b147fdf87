package org.scalelab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts view in a real stage (Monocle, headless): runs and selection reach the drawn datasets; clicks select. */
@ExtendWith(ApplicationExtension.class)
class ChartsViewTest {
    private WorkbenchModel model;
    private ChartsViewModel vm;
    private ChartsView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new WorkbenchModel(new DirectExecutor());
        vm = new ChartsViewModel(model, new DirectExecutor());
        view = new ChartsView(vm);
        stage.setScene(new Scene(view, 1100, 760));
        stage.show();
    }

    @Test
    void aNewRunAndASelectionChangeReachTheChartsDatasets(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#macsChart").queryAs(ChartViewer.class);
        assertTrue(robot.lookup("#chartsView").query().isVisible());
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) viewer.getChart().getXYPlot();
        XYPlot accuracy = plot.getSubplots().get(0);
        assertSame(vm.data(CostMetric.MACS).trained(), accuracy.getDataset(1));

        robot.interact(() -> Runs.done(model, ScalingRule.WIDTH, 2, 0.83));
        assertEquals(1, accuracy.getDataset(1).getItemCount(ScalingRule.WIDTH.ordinal()));
        assertEquals(0.83, accuracy.getDataset(1).getYValue(ScalingRule.WIDTH.ordinal(), 0));

        robot.interact(() -> {
            model.selectedRuleProperty().set(ScalingRule.WIDTH);
            model.phiProperty().set(2);
        });
        assertEquals(0.83, accuracy.getDataset(2).getYValue(0, 0));
    }

    @Test
    void theArrowKeysOnAFocusedChartMoveTheSelection(FxRobot robot) {
        robot.interact(() -> {
            model.selectedRuleProperty().set(ScalingRule.COMPOUND);
            model.phiProperty().set(1);
        });
        robot.clickOn("#macsChart");
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertEquals(1.5, model.phiProperty().get(), 1e-12);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertEquals(ScalingRule.WIDTH, model.selectedRuleProperty().get());
    }

    @Test
    void onlyTheShownChartDrawsAndNotWhileItsDataIsRewritten(FxRobot robot) {
        assertTrue(view.chart(CostMetric.MACS).isNotify());
        assertTrue(!view.chart(CostMetric.PARAMS).isNotify(), "the hidden tab's chart waits");
        robot.interact(() -> Runs.done(model, ScalingRule.WIDTH, 2, 0.83));
        assertTrue(view.chart(CostMetric.MACS).isNotify(), "drawing again once the refresh is over");
        assertTrue(!vm.updatingProperty().get());
    }

    @Test
    void theFitToggleBringsEachRulesCurveAndBandToTheChart(FxRobot robot) throws IOException {
        robot.interact(() -> {
            double[] phis = {0, 0.5, 1, 1.5, 2};
            double[] acc = {0.80, 0.835, 0.846, 0.858, 0.861};
            for (int i = 0; i < phis.length; i++) {
                Runs.done(model, ScalingRule.COMPOUND, phis[i], acc[i]);
            }
        });
        XYPlot accuracy = ((CombinedDomainXYPlot) view.chart(CostMetric.MACS).getXYPlot()).getSubplots().get(0);
        assertSame(vm.data(CostMetric.MACS).fits(), accuracy.getDataset(LocalChart.FITS));
        assertEquals(0, accuracy.getDataset(LocalChart.FITS).getItemCount(ScalingRule.COMPOUND.ordinal()));
        assertTrue(legendTexts().stream().noneMatch(t -> t.startsWith("fitted curve")));

        robot.clickOn("#fitCurvesToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#fitCurvesToggle").queryAs(ToggleButton.class).isSelected());
        assertTrue(model.fitCurvesProperty().get(), "the toggle is the workbench's setting");
        assertEquals(CurveFits.CURVE_POINTS, accuracy.getDataset(LocalChart.FITS).getItemCount(ScalingRule.COMPOUND.ordinal()));
        var band = (org.jfree.data.xy.IntervalXYDataset) accuracy.getDataset(LocalChart.FITS);
        assertTrue(band.getEndYValue(ScalingRule.COMPOUND.ordinal(), 10) > band.getStartYValue(ScalingRule.COMPOUND.ordinal(), 10));
        assertTrue(LocalChart.bandShown(view.chart(CostMetric.MACS), ScalingRule.COMPOUND), "the selected rule's band");
        assertFalse(LocalChart.bandShown(view.chart(CostMetric.MACS), ScalingRule.WIDTH));
        assertEquals(Boolean.FALSE, ((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) accuracy.getRenderer(LocalChart.TRAINED))
                .getSeriesLinesVisible(ScalingRule.COMPOUND.ordinal()), "the curve replaces the joining line");
        assertTrue(legendTexts().contains("fitted curve (band: selected rule, 95% for one run)"), legendTexts().toString());
        Label note = robot.lookup("#fitNote").queryAs(Label.class);
        assertTrue(note.isVisible() && note.getText().contains("No curve for " + ScalingRule.WIDTH.label()), note.getText());
        snapshot(robot, Path.of("target/charts-fits.png"));

        robot.clickOn("#fitCurvesToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, accuracy.getDataset(LocalChart.FITS).getItemCount(ScalingRule.COMPOUND.ordinal()));
        assertFalse(note.isVisible());
    }

    @Test
    void seedsShowAsErrorBarsOnTheChart(FxRobot robot) throws IOException {
        robot.interact(() -> {
            model.seedsProperty().set(3);
            double[][] compound = {{0, 0.861, 0.854, 0.866}, {1, 0.884, 0.872, 0.879}, {2, 0.896, 0.889, 0.899}};
            for (double[] p : compound) {
                for (int s = 0; s < 3; s++) {
                    Runs.doneSeed(model, ScalingRule.COMPOUND, p[0], 42 + s, p[1 + s]);
                }
            }
            Runs.doneSeed(model, ScalingRule.WIDTH, 2, 42, 0.875);
        });
        XYPlot accuracy = ((CombinedDomainXYPlot) view.chart(CostMetric.MACS).getXYPlot()).getSubplots().get(0);
        assertSame(vm.data(CostMetric.MACS).spread(), accuracy.getDataset(LocalChart.SPREAD));
        assertEquals(3, accuracy.getDataset(LocalChart.SPREAD).getItemCount(ScalingRule.COMPOUND.ordinal()));
        assertEquals(2, accuracy.getDataset(LocalChart.TRAINED).getItemCount(ScalingRule.WIDTH.ordinal()));
        assertEquals(1, accuracy.getDataset(LocalChart.SPREAD).getItemCount(ScalingRule.WIDTH.ordinal()),
                "the baseline (φ = 0 under every rule) has its bar; width φ = 2 has one seed, no bar");
        assertTrue(legendTexts().contains("point: mean over seeds, bar: ± 1 std"), legendTexts().toString());
        Path file = Path.of("target/charts-seeds.png");
        snapshot(robot, file);
        assertTrue(Files.size(file) > 10_000);
    }

    private List<String> legendTexts() {
        var items = view.chart(CostMetric.MACS).getXYPlot().getLegendItems();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    @Test
    void theLogToggleSwapsTheCostAxis(FxRobot robot) {
        robot.clickOn("#logAxisToggle");
        assertTrue(robot.lookup("#logAxisToggle").queryAs(ToggleButton.class).isSelected());
        assertTrue(vm.logAxisProperty().get());
        assertInstanceOf(LogAxis.class, view.chart(CostMetric.MACS).getXYPlot().getDomainAxis());
        assertInstanceOf(LogAxis.class, view.chart(CostMetric.PARAMS).getXYPlot().getDomainAxis());
    }

    @Test
    void clickingAHollowPointSelectsItsVariant(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#macsChart").queryAs(ChartViewer.class);
        Variant target = Runs.variant(model, ScalingRule.DEPTH, 2.5);
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        XYItemEntity hit = null;
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof XYItemEntity e && e.getDataset() == vm.data(CostMetric.MACS).untrained()
                    && vm.variantAt(e.getDataset(), e.getSeriesIndex(), e.getItem()).orElse(null) == target) {
                hit = e;
            }
        }
        assertNotNull(hit, "the depth φ 2.5 variant is drawn in the strip");
        java.awt.Rectangle r = hit.getArea().getBounds();
        Point2D screen = viewer.getCanvas().localToScreen(r.getCenterX(), r.getCenterY());
        robot.clickOn(screen);
        assertEquals(ScalingRule.DEPTH, model.selectedRuleProperty().get());
        assertEquals(2.5, model.phiProperty().get());
    }

    @Test
    void theReferenceViewHasItsOwnTitledChart(FxRobot robot) throws IOException {
        robot.interact(() -> view.show(null));
        ChartViewer ref = robot.lookup("#referenceView").queryAs(ChartViewer.class);
        assertEquals(ChartsViewModel.REFERENCE_TITLE, ref.getChart().getTitle().getText());
        snapshot(robot, Path.of("target/charts-reference.png"));
    }

    /** Fills the grid with plausible results and writes what a student sees to target/charts-macs.png. */
    @Test
    void theStripNamesItsRowsOnlyWhileSomeVariantIsUntrained(FxRobot robot) {
        XYPlot strip = ((CombinedDomainXYPlot) view.chart(CostMetric.MACS).getXYPlot()).getSubplots().get(1);
        assertTrue(strip.getRangeAxis().isTickLabelsVisible());
        robot.interact(() -> {
            for (ScalingRule r : java.util.List.copyOf(model.rules())) {
                for (double phi : model.gridPhis()) {
                    Runs.done(model, r, phi, 0.8);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.data(CostMetric.MACS).untrained().getSeries(ScalingRule.COMPOUND.ordinal()).getItemCount());
        assertFalse(strip.getRangeAxis().isTickLabelsVisible(), "no rule names beside an empty strip");
    }

    @Test
    void snapshotOfTheMacsChart(FxRobot robot) throws IOException {
        robot.interact(() -> {
            double[][] compound = {{0.5, 0.872}, {1, 0.884}, {1.5, 0.889}, {2, 0.896}};
            for (double[] p : compound) {
                Runs.done(model, ScalingRule.COMPOUND, p[0], p[1]);
            }
            Runs.done(model, ScalingRule.COMPOUND, 0, 0.861);
            Runs.done(model, ScalingRule.WIDTH, 1, 0.874);
            Runs.done(model, ScalingRule.WIDTH, 2, 0.879);
            Runs.done(model, ScalingRule.DEPTH, 1, 0.869);
            Runs.done(model, ScalingRule.DEPTH, 2, 0.871);
            Runs.done(model, ScalingRule.RESOLUTION, 1, 0.878);
            model.phiProperty().set(1.5);
        });
        Path file = Path.of("target/charts-macs.png");
        snapshot(robot, file);
        assertTrue(Files.size(file) > 10_000, "a rendered chart, not an empty image");
        assertTrue(vm.trainedCountProperty().get() >= 9, "the filled runs reach the chart");
    }

    private void snapshot(FxRobot robot, Path file) throws IOException {
        robot.sleep(300);
        BufferedImage[] png = new BufferedImage[1];
        robot.interact(() -> png[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(png[0], "png", file.toFile());
    }
}
