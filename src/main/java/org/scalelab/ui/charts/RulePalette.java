package org.scalelab.ui.charts;

import java.util.Map;
import org.scalelab.domain.scaling.ScalingRule;

/**
 * One colour per scaling rule, defined once so that every view (charts, tables, sketch) agrees. The colours are
 * the Okabe–Ito set, which stays distinguishable for the common forms of colour blindness.
 */
public final class RulePalette {
    private static final Map<ScalingRule, String> HEX = Map.of(
            ScalingRule.COMPOUND, "#D55E00",
            ScalingRule.WIDTH, "#0072B2",
            ScalingRule.DEPTH, "#009E73",
            ScalingRule.RESOLUTION, "#CC79A7",
            ScalingRule.DWR, "#E69F00");

    /** Colour of the unscaled baseline and of anything that is no rule (published models, for instance). */
    public static final String NEUTRAL_HEX = "#555555";
    /** Colour of the Pareto frontier staircase. */
    public static final String FRONTIER_HEX = "#222222";

    private RulePalette() {
    }

    /** The rule's colour as CSS hex, e.g. {@code #D55E00}. */
    public static String hex(ScalingRule rule) {
        return HEX.getOrDefault(rule, NEUTRAL_HEX);
    }

    /** The rule's colour for JavaFX nodes. */
    public static javafx.scene.paint.Color fx(ScalingRule rule) {
        return javafx.scene.paint.Color.web(hex(rule));
    }

    /** The rule's colour for Java2D drawing (JFreeChart). */
    public static java.awt.Color awt(ScalingRule rule) {
        return java.awt.Color.decode(hex(rule));
    }

    static java.awt.Color awt(String hex) {
        return java.awt.Color.decode(hex);
    }
}
