package org.scalelab.ui.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.EfficientNetFamily;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.spec.NetworkSpec;

class SketchLayoutTest {
    private final NetworkSpec b0 = Presets.get("efficientnet-b0");
    private final NetworkSpec b7 = EfficientNetFamily.B7.apply(b0, RoundingPolicy.EFFICIENTNET);

    @Test
    void oneBoxPerBlock() {
        SketchLayout.Sketch s = SketchLayout.layout(b0, b7, 1000, 360);
        assertEquals(b0.blockCount(), s.baseline().blocks().size());
        assertEquals(b7.blockCount(), s.variant().blocks().size());
    }

    @Test
    void deeperNetworkMakesALongerRow() {
        SketchLayout.Sketch s = SketchLayout.layout(b0, b7, 1000, 360);
        assertTrue(s.variant().right() > s.baseline().right());
    }

    @Test
    void b7FitsInsideTheCanvas() {
        SketchLayout.Sketch s = SketchLayout.layout(b0, b7, 800, 300);
        for (SketchLayout.Row row : new SketchLayout.Row[] {s.baseline(), s.variant()}) {
            for (SketchLayout.Box b : row.boxes()) {
                assertTrue(b.x() >= 0 && b.x() + b.width() <= 800, b.toString());
                assertTrue(b.y() >= row.top() && b.y() + b.height() <= row.top() + row.height(), b.toString());
            }
        }
    }

    @Test
    void inputSquareGrowsWithResolution() {
        SketchLayout.Sketch s = SketchLayout.layout(b0, b7, 1000, 360);
        SketchLayout.Box small = s.baseline().input();
        SketchLayout.Box large = s.variant().input();
        assertEquals(small.width(), small.height(), 1e-9);
        assertEquals(b7.input().resolution() / (double) b0.input().resolution(), large.width() / small.width(), 1e-9);
    }

    @Test
    void boxHeightFollowsSquareRootOfChannels() {
        assertEquals(2.0, SketchLayout.boxHeight(400, 400, 100) / SketchLayout.boxHeight(100, 400, 100), 1e-9);
    }

    @Test
    void widerStageMakesTallerBoxes() {
        SketchLayout.Sketch s = SketchLayout.layout(b0, b7, 1000, 360);
        assertTrue(s.variant().blocks().get(0).height() > s.baseline().blocks().get(0).height());
    }

    @Test
    void withoutVariantOnlyTheBaselineIsLaidOut() {
        SketchLayout.Sketch s = SketchLayout.layout(b0, null, 600, 200);
        assertNull(s.variant());
        assertEquals(b0.blockCount(), s.baseline().blocks().size());
    }
}
