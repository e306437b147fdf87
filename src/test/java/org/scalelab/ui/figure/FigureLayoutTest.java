package org.scalelab.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;

class FigureLayoutTest {
    private static final VariantFactory FACTORY = new VariantFactory(Presets.get("mini-effnet-28"),
            CompoundCoefficients.EFFICIENTNET, RoundingPolicy.EFFICIENTNET);

    private static FigureNetwork net(ScalingRule rule, Variant v) {
        return new FigureNetwork(rule, v.spec(), v.multipliers(), v.cost().params(), v.cost().macs(), 1);
    }

    /** Baseline, then width 2, depth 2, resolution 1.5 and compound φ = 1, each on its own. */
    private static List<FigureNetwork> networks() {
        return List.of(net(null, FACTORY.variant(ScalingRule.COMPOUND, 0)),
                net(ScalingRule.WIDTH, FACTORY.direct(ScalingRule.WIDTH, 2, 1)),
                net(ScalingRule.DEPTH, FACTORY.direct(ScalingRule.DEPTH, 2, 1)),
                net(ScalingRule.RESOLUTION, FACTORY.direct(ScalingRule.RESOLUTION, 1.5, 1)),
                net(ScalingRule.COMPOUND, FACTORY.variant(ScalingRule.COMPOUND, 1)));
    }

    private static double widest(FigureLayout.Column c) {
        return c.bars().stream().mapToDouble(FigureLayout.Bar::width).max().orElse(0);
    }

    @Test
    void eachRuleChangesWhatItScalesOnOneSharedScale() {
        FigureLayout.Layout l = FigureLayout.layout(networks(), 1000, 400, 1);
        FigureLayout.Column base = l.columns().get(0);
        FigureLayout.Column wider = l.columns().get(1);
        FigureLayout.Column deeper = l.columns().get(2);
        FigureLayout.Column sharper = l.columns().get(3);
        // Wider: same layers, each about twice as wide (channels round to multiples of 8).
        assertEquals(base.bars().size(), wider.bars().size());
        assertEquals(2, widest(wider) / widest(base), 0.15);
        // Deeper: more layers of the same widths.
        assertTrue(deeper.bars().size() > base.bars().size());
        assertEquals(widest(base), widest(deeper), 1e-9);
        // Higher resolution: the same layers, a larger input square in proportion to the pixels.
        assertEquals(base.bars().size(), sharper.bars().size());
        assertEquals(sharper.network().spec().input().resolution() / (double) base.network().spec().input().resolution(),
                sharper.input().side() / base.input().side(), 1e-9);
        // Every bar has the same height: depth is counted in bars.
        assertEquals(1, l.columns().stream().flatMap(c -> c.bars().stream())
                .mapToDouble(b -> Math.round(b.height() * 1e6)).distinct().count());
    }

    @Test
    void columnsSitSideBySideInsideTheArea() {
        FigureLayout.Layout l = FigureLayout.layout(networks(), 900, 360, 1);
        assertEquals(5, l.columns().size());
        double right = 0;
        for (FigureLayout.Column c : l.columns()) {
            assertTrue(c.x() >= right, "columns overlap");
            right = c.x() + c.width();
            for (FigureLayout.Bar b : c.bars()) {
                assertTrue(b.x() >= c.x() - 1e-9 && b.x() + b.width() <= c.x() + c.width() + 1e-9, "bar outside");
                assertTrue(b.y() >= 0 && b.y() + b.height() <= 360, "bar outside vertically");
            }
            assertTrue(c.input().y() + c.input().side() <= 360);
        }
        assertTrue(right <= 900);
    }

    @Test
    void labelsNameBlocksTimesChannelsAndMarkWhatChanged() {
        FigureLayout.Layout l = FigureLayout.layout(networks(), 1000, 500, 1);
        List<String> base = texts(l.columns().get(0), false);
        List<String> deeper = texts(l.columns().get(2), true);
        var baseSpec = l.columns().get(0).network().spec();
        var stage = baseSpec.stages().get(1);
        assertTrue(base.contains(stage.repeats() + "×" + stage.outChannels()), base.toString());
        assertTrue(base.contains(baseSpec.input().resolution() + " px"), base.toString());
        assertTrue(deeper.contains(2 * stage.repeats() + "×" + stage.outChannels()), deeper.toString());
        int sharper = l.columns().get(3).network().spec().input().resolution();
        assertTrue(sharper > baseSpec.input().resolution());
        assertTrue(texts(l.columns().get(3), true).contains(sharper + " px"), texts(l.columns().get(3), true).toString());
        assertEquals("w = 2.00", l.columns().get(1).texts().get(1).text());
    }

    private static List<String> texts(FigureLayout.Column c, boolean emphasisedOnly) {
        return c.texts().stream().filter(t -> !emphasisedOnly || t.emphasised()).map(FigureLayout.Text::text).toList();
    }

    @Test
    void stageLabelsNeverOverlap() {
        // EfficientNet-B0 at φ = 3 under depth scaling: many thin stages.
        VariantFactory b0 = new VariantFactory(Presets.get("efficientnet-b0"), CompoundCoefficients.EFFICIENTNET,
                RoundingPolicy.EFFICIENTNET);
        FigureLayout.Layout l = FigureLayout.layout(List.of(net(null, b0.variant(ScalingRule.COMPOUND, 0)),
                net(ScalingRule.DEPTH, b0.direct(ScalingRule.DEPTH, 3, 3))), 600, 240, 1);
        for (FigureLayout.Column c : l.columns()) {
            List<FigureLayout.Text> labels = c.texts().stream().filter(t -> t.role() == FigureLayout.Role.LABEL)
                    .sorted((a, b) -> Double.compare(a.y(), b.y())).toList();
            for (int i = 1; i < labels.size(); i++) {
                assertTrue(labels.get(i).y() - labels.get(i - 1).y() >= FigureLayout.line(FigureLayout.FONT) * 0.95 - 1e-9,
                        labels.toString());
            }
        }
    }

    @Test
    void aTweenMovesFromOneFigureToTheNextAndFadesBarsInAndOut() {
        List<FigureNetwork> a = List.of(net(null, FACTORY.variant(ScalingRule.COMPOUND, 0)),
                net(ScalingRule.DEPTH, FACTORY.direct(ScalingRule.DEPTH, 1, 0)));
        List<FigureNetwork> b = List.of(a.get(0), net(ScalingRule.DEPTH, FACTORY.direct(ScalingRule.DEPTH, 2, 1)));
        FigureLayout.Layout from = FigureLayout.layout(a, 600, 300, 1);
        FigureLayout.Layout to = FigureLayout.layout(b, 600, 300, 1);
        // At the start the old bars stand where they stood, and the new blocks are invisible.
        List<FigureLayout.Bar> start = FigureLayout.tween(from, to, 0).columns().get(1).bars();
        assertEquals(from.columns().get(1).bars(), start.stream().filter(bar -> bar.opacity() == 1).toList());
        assertEquals(to.columns().get(1).bars().size() - from.columns().get(1).bars().size(),
                start.stream().filter(bar -> bar.opacity() == 0).count());
        assertEquals(to, FigureLayout.tween(from, to, 1));
        FigureLayout.Column half = FigureLayout.tween(from, to, 0.5).columns().get(1);
        assertEquals(to.columns().get(1).bars().size(), half.bars().size());
        assertTrue(half.bars().stream().anyMatch(bar -> bar.opacity() == 0.5));
        assertEquals(1, half.bars().get(0).opacity(), 1e-12);
        // Fewer blocks: the extra ones fade out.
        FigureLayout.Column back = FigureLayout.tween(to, from, 0.25).columns().get(1);
        assertTrue(back.bars().stream().anyMatch(bar -> Math.abs(bar.opacity() - 0.75) < 1e-12));
    }

    @Test
    void lectureScaleEnlargesTheText() {
        assertEquals(2 * FigureLayout.layout(networks(), 1000, 500, 1).fontSize(),
                FigureLayout.layout(networks(), 1000, 500, 2).fontSize(), 1e-12);
    }
}
