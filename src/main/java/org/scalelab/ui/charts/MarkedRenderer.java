package org.scalelab.ui.charts;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.util.Optional;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.scalelab.domain.scaling.Variant;

/**
 * Points that say two things more about their variant: a diamond instead of a dot when its input is upsampled past
 * the data's native resolution, and faded when it breaks one of the cost limits (the lecture's "subject to").
 */
final class MarkedRenderer extends XYLineAndShapeRenderer {
    /** Opacity of a point over the limits. */
    static final int FADED_ALPHA = 55;
    static final Shape DIAMOND = ChartStyle.diamond(7);

    private final ChartsViewModel vm;
    private final int dataset;

    /** @param dataset the plot's dataset index this renderer draws */
    MarkedRenderer(ChartsViewModel vm, int dataset, boolean lines, boolean shapes) {
        super(lines, shapes);
        this.vm = vm;
        this.dataset = dataset;
    }

    private Optional<Variant> variant(int series, int item) {
        XYPlot plot = getPlot();
        XYDataset data = plot == null ? null : plot.getDataset(dataset);
        return data == null ? Optional.empty() : vm.variantAt(data, series, item);
    }

    @Override
    public Shape getItemShape(int series, int item) {
        return variant(series, item).filter(vm::upsampled).isPresent() ? DIAMOND : super.getItemShape(series, item);
    }

    @Override
    public Paint getItemPaint(int series, int item) {
        return faded(super.getItemPaint(series, item), series, item);
    }

    @Override
    public Paint getItemOutlinePaint(int series, int item) {
        return faded(super.getItemOutlinePaint(series, item), series, item);
    }

    private Paint faded(Paint paint, int series, int item) {
        if (paint instanceof Color c && variant(series, item).filter(vm::overLimits).isPresent()) {
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), FADED_ALPHA);
        }
        return paint;
    }
}
