package org.scalelab.ui.search;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javafx.collections.ListChangeListener;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.scalelab.format.Numbers;

/**
 * The search's chart: every run that ended, at its network's φ = 1 MACs and its selection accuracy, one marker
 * shape per rung (accuracies after different epochs are not comparable, so the rungs stay apart), coloured by α,
 * the winner ringed. Built once; redrawn as the ViewModel's points change. Text at least 13 px.
 */
final class SearchChart {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color OUTLINE = new Color(0x333333);
    /** Plasma, without its palest end (which vanishes on white). */
    private static final Color[] STOPS = {new Color(0x0D0887), new Color(0x6A00A8), new Color(0xB12A90),
        new Color(0xE16462), new Color(0xFCA636)};
    private static final Shape[] SHAPES = {
        new Ellipse2D.Double(-5, -5, 10, 10),
        new Rectangle2D.Double(-5, -5, 10, 10),
        org.scalelab.ui.charts.ChartStyle.diamond(7),
        triangle(7, true),
        triangle(7, false),
        new Ellipse2D.Double(-7, -4, 14, 8),
    };
    private static final Shape RING = new Ellipse2D.Double(-11, -11, 22, 22);

    private final SearchViewModel vm;
    private final XYSeriesCollection runs = new XYSeriesCollection();
    private final XYSeriesCollection winner = new XYSeriesCollection();
    private final List<List<ChartPoint>> bySeries = new ArrayList<>();
    private final AlphaScale scale = new AlphaScale();
    private final NumberAxis alphaAxis = new NumberAxis("α");
    private final JFreeChart chart;
    private final XYPlot plot;

    SearchChart(SearchViewModel vm) {
        this.vm = vm;
        NumberAxis x = new NumberAxis("MACs at φ = 1");
        x.setNumberFormatOverride(new CountFormat());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("selection accuracy");
        y.setNumberFormatOverride(new DecimalFormat("0.#%"));
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(0.02);
        for (NumberAxis a : List.of(x, y, alphaAxis)) {
            a.setLabelFont(AXIS);
            a.setTickLabelFont(TICK);
            a.setLabelPaint(Color.BLACK);
            a.setTickLabelPaint(new Color(0x333333));
        }

        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true) {
            @Override
            public Paint getItemPaint(int series, int item) {
                return scale.getPaint(bySeries.get(series).get(item).alpha());
            }
        };
        points.setUseOutlinePaint(true);
        points.setDefaultOutlinePaint(OUTLINE);
        points.setDrawOutlines(true);
        points.setDefaultOutlineStroke(new BasicStroke(1f));
        for (int i = 0; i < SHAPES.length; i++) {
            points.setSeriesShape(i, SHAPES[i]);
            points.setSeriesOutlinePaint(i, OUTLINE);
        }
        points.setDefaultToolTipGenerator((d, s, i) -> tooltip(bySeries.get(s).get(i)));

        XYLineAndShapeRenderer ring = new XYLineAndShapeRenderer(false, true);
        ring.setSeriesShape(0, RING);
        ring.setSeriesShapesFilled(0, false);
        ring.setUseOutlinePaint(true);
        ring.setSeriesOutlinePaint(0, new Color(0x1B7F2A));
        ring.setSeriesOutlineStroke(0, new BasicStroke(3f));
        ring.setSeriesPaint(0, new Color(0x1B7F2A));
        ring.setDrawOutlines(true);

        plot = new XYPlot(runs, x, y, points);
        plot.setDataset(1, winner);
        plot.setRenderer(1, ring);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        org.scalelab.ui.charts.ChartStyle.plot(plot);
        plot.setNoDataMessage("Nothing trained yet: each run appears here as it ends.");
        plot.setFixedLegendItems(new LegendItemCollection());

        chart = new JFreeChart("Accuracy against cost, coloured by α", TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPadding(new RectangleInsets(6, 4, 2, 4));
        TextTitle sub = new TextTitle("one shape per rung: accuracies after different epochs are not comparable",
                new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        sub.setPaint(new Color(0x444444));
        chart.addSubtitle(sub);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);

        alphaAxis.setRange(1, 2);
        PaintScaleLegend alphaLegend = new PaintScaleLegend(scale, alphaAxis);
        alphaLegend.setPosition(RectangleEdge.RIGHT);
        alphaLegend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        alphaLegend.setMargin(new RectangleInsets(10, 6, 30, 6));
        alphaLegend.setStripWidth(12);
        alphaLegend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(alphaLegend);

        vm.search().points().addListener((ListChangeListener<ChartPoint>) c -> refill());
        vm.search().winnerNetworkProperty().addListener(o -> refillWinner());
        vm.search().alphaRangeProperty().addListener(o -> rescale());
        vm.search().rows().addListener((ListChangeListener<SearchRow>) c -> emptyRanges());
        rescale();
        refill();
    }

    JFreeChart chart() {
        return chart;
    }

    private void rescale() {
        double[] r = vm.search().alphaRangeProperty().get();
        scale.range(r[0], r[1]);
        alphaAxis.setRange(r[0], r[1]);
        alphaAxis.setTickUnit(new NumberTickUnit(niceStep((r[1] - r[0]) / 8)));
        chart.fireChartChanged();
    }

    /** The 1, 2 or 5 × 10^k at or above {@code raw}. */
    static double niceStep(double raw) {
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * pow >= raw - 1e-12) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** Before anything trains: the candidates' MACs across, 0 to 100 % up, so the empty chart reads sensibly. */
    private void emptyRanges() {
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        if (!vm.search().points().isEmpty()) {
            x.setAutoRange(true);
            y.setAutoRange(true);
            return;
        }
        long lo = vm.search().rows().stream().mapToLong(SearchRow::macs).min().orElse(0);
        long hi = vm.search().rows().stream().mapToLong(SearchRow::macs).max().orElse(1);
        double pad = Math.max(1, (hi - lo) * 0.05);
        x.setRange(lo - pad, hi + pad);
        y.setRange(0, 1);
    }

    private void refill() {
        TreeMap<Integer, List<ChartPoint>> byRung = new TreeMap<>();
        for (ChartPoint p : vm.search().points()) {
            byRung.computeIfAbsent(p.rung(), k -> new ArrayList<>()).add(p);
        }
        runs.setNotify(false);
        runs.removeAllSeries();
        bySeries.clear();
        LegendItemCollection items = new LegendItemCollection();
        for (var e : byRung.entrySet()) {
            List<ChartPoint> list = e.getValue();
            String key = String.format(Locale.ROOT, "rung %d: %d epoch%s", e.getKey() + 1, list.get(0).epochs(),
                    list.get(0).epochs() == 1 ? "" : "s");
            XYSeries s = new XYSeries(key, false, true);
            list.forEach(p -> s.add(p.macs(), p.accuracy()));
            bySeries.add(list);
            runs.addSeries(s);
            Shape shape = SHAPES[Math.min(bySeries.size() - 1, SHAPES.length - 1)];
            items.add(new LegendItem(key, null, null, null, true, shape, true, new Color(0x888888), true, OUTLINE,
                    new BasicStroke(1f), false, new Line2D.Double(-6, 0, 6, 0), new BasicStroke(1f), Color.GRAY));
        }
        if (!byRung.isEmpty()) {
            Color green = new Color(0x1B7F2A);
            items.add(new LegendItem("winner", null, null, null, true, RING, false, green, true, green,
                    new BasicStroke(3f), false, new Line2D.Double(-6, 0, 6, 0), new BasicStroke(1f), green));
        }
        plot.setFixedLegendItems(items);
        runs.setNotify(true);
        emptyRanges();
        refillWinner();
    }

    private void refillWinner() {
        winner.removeAllSeries();
        int w = vm.search().winnerNetworkProperty().get();
        if (w < 0) {
            return;
        }
        // The winner's last (longest) run.
        ChartPoint last = null;
        for (ChartPoint p : vm.search().points()) {
            if (p.network() == w && (last == null || p.rung() > last.rung())) {
                last = p;
            }
        }
        if (last != null) {
            XYSeries s = new XYSeries("winner");
            s.add(last.macs(), last.accuracy());
            winner.addSeries(s);
        }
    }

    static String tooltip(ChartPoint p) {
        return String.format(Locale.ROOT, "network %d: %s · %s MACs · %s after %d epoch%s", p.network() + 1, p.label(),
                Numbers.count(p.macs()), Numbers.percent(p.accuracy()), p.epochs(), p.epochs() == 1 ? "" : "s");
    }

    private static Shape triangle(double r, boolean up) {
        Path2D.Double p = new Path2D.Double();
        double s = up ? 1 : -1;
        p.moveTo(0, -r * s);
        p.lineTo(r, r * s * 0.8);
        p.lineTo(-r, r * s * 0.8);
        p.closePath();
        return p;
    }

    /** α to colour, linear between the grid's ends. */
    static final class AlphaScale implements PaintScale {
        private double lower = 1;
        private double upper = 2;

        void range(double lo, double hi) {
            lower = lo;
            upper = hi > lo ? hi : lo + 1;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
            double pos = t * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
            double f = pos - i;
            Color a = STOPS[i];
            Color b = STOPS[i + 1];
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }

    /** Tick labels for counts: 1.5 M rather than 1,500,000. */
    private static final class CountFormat extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(Numbers.count(Math.round(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(Numbers.count(number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
