package org.scalelab.domain.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageSpec;

class ScalerTest {
    private final NetworkSpec b0 = Presets.get("efficientnet-b0");

    private static List<Integer> channels(NetworkSpec s) {
        return s.stages().stream().map(StageSpec::outChannels).toList();
    }

    private static List<Integer> repeats(NetworkSpec s) {
        return s.stages().stream().map(StageSpec::repeats).toList();
    }

    @Test
    void identityReturnsTheBaseline() {
        assertSame(b0, Scaler.scale(b0, Multipliers.IDENTITY, RoundingPolicy.EFFICIENTNET));
    }

    /** Widths and depths of the official models (timm / torchvision configs). */
    @Test
    void familyRowsReproduceTheOfficialArchitectures() {
        NetworkSpec b3 = EfficientNetFamily.B3.apply(b0, RoundingPolicy.EFFICIENTNET);
        assertEquals(40, b3.stem().channels());
        assertEquals(List.of(24, 32, 48, 96, 136, 232, 384), channels(b3));
        assertEquals(List.of(2, 3, 3, 5, 5, 6, 2), repeats(b3));
        assertEquals(1536, b3.head().channels());
        assertEquals(300, b3.input().resolution());
        assertEquals(0.3, b3.classifier().dropout());

        NetworkSpec b7 = EfficientNetFamily.B7.apply(b0, RoundingPolicy.EFFICIENTNET);
        assertEquals(64, b7.stem().channels());
        assertEquals(List.of(32, 48, 80, 160, 224, 384, 640), channels(b7));
        assertEquals(List.of(4, 7, 7, 10, 10, 13, 4), repeats(b7));
        assertEquals(55, b7.blockCount());
        assertEquals(2560, b7.head().channels());
        assertEquals(600, b7.input().resolution());

        NetworkSpec b1 = EfficientNetFamily.B1.apply(b0, RoundingPolicy.EFFICIENTNET);
        assertEquals(channels(b0), channels(b1));
        assertEquals(23, b1.blockCount()); // ceil turns every 1-repeat stage into 2
    }

    @Test
    void kernelsStridesAndRatiosNeverChange() {
        NetworkSpec s = Scaler.scale(b0, new Multipliers(2.3, 1.7, 1.9), RoundingPolicy.EFFICIENTNET);
        for (int i = 0; i < b0.stages().size(); i++) {
            StageSpec a = b0.stages().get(i);
            StageSpec b = s.stages().get(i);
            assertEquals(List.of(a.type(), a.kernel(), a.stride(), a.expandRatio(), a.seRatio(), a.activation()),
                    List.of(b.type(), b.kernel(), b.stride(), b.expandRatio(), b.seRatio(), b.activation()));
        }
    }

    @Test
    void liteKeepsStemHeadAndEndStagesFixed() {
        NetworkSpec s = Scaler.scale(b0, new Multipliers(1.4, 1.2, 1), RoundingPolicy.EFFICIENTNET_LITE);
        assertEquals(32, s.stem().channels());
        assertEquals(1280, s.head().channels());
        assertEquals(List.of(1, 3, 3, 5, 5, 6, 1), repeats(s));
    }

    @Test
    void scalingDownKeepsTheResolutionAboveTheTotalStride() {
        NetworkSpec mini = Presets.get("mini-effnet-28");
        NetworkSpec s = Scaler.scale(mini, new Multipliers(0.5, 0.5, 0.1), RoundingPolicy.EFFICIENTNET);
        assertEquals(8, s.input().resolution());
        assertEquals(8, s.totalStride());
    }
}
