package org.scalelab.domain.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.SpecException;

/**
 * What a study trains, part by part, before anything trains: every point with its network and cost, the distinct
 * networks (each trained once per seed), and notes on what the data's native resolution changed. Figure 3's
 * resolution line and Figure 4's baselines stop at the native resolution (more pixels past it hold no more
 * information); Table 3's resolution-only variants are matched to compound's MACs wherever that leads, and marked
 * upsampled when it leads past native. Points whose network breaks the cost limits stay in the plan, marked, but
 * are not trained: under the limits they are no candidates.
 */
public record StudyPlan(VariantFactory factory, NativeResolution nativeResolution, StudyGrid grid, CostLimits limits,
                        List<StudyPoint> points, List<String> notes) {

    public StudyPlan {
        points = List.copyOf(points);
        notes = List.copyOf(notes);
    }

    public static StudyPlan of(VariantFactory factory, NativeResolution nativeResolution, StudyGrid grid) {
        return of(factory, nativeResolution, grid, CostLimits.NONE);
    }

    public static StudyPlan of(VariantFactory factory, NativeResolution nativeResolution, StudyGrid grid,
                               CostLimits limits) {
        List<StudyPoint> points = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        NetworkSpec base = factory.base();
        int baseResolution = base.input().resolution();
        if (nativeResolution.upsamples(baseResolution)) {
            notes.add(String.format(Locale.ROOT, "the baseline's input (%d px) is already larger than the data's native"
                    + " resolution (%s): every network of the study sees upsampled images", baseResolution,
                    nativeResolution.describe()));
        }
        if (grid.parts().contains(StudyPart.FIGURE3)) {
            figure3(factory, nativeResolution, grid, points, notes);
        }
        if (grid.parts().contains(StudyPart.FIGURE4)) {
            figure4(factory, nativeResolution, grid, points, notes);
        }
        if (grid.parts().contains(StudyPart.TABLE3)) {
            for (double phi : grid.phis()) {
                for (ScalingRule rule : List.of(ScalingRule.COMPOUND, ScalingRule.WIDTH, ScalingRule.DEPTH,
                        ScalingRule.RESOLUTION)) {
                    Variant v = scaled(() -> factory.variant(rule, phi));
                    points.add(new StudyPoint(StudyPart.TABLE3, rule.id(), phi, v));
                }
            }
        }
        long over = points.stream().map(p -> p.variant().spec()).distinct()
                .filter(spec -> !limits.allows(factory.cost(spec))).count();
        if (over > 0) {
            notes.add(over + " network(s) over the limits (" + limits.describe() + ") are left untrained");
        }
        return new StudyPlan(factory, nativeResolution, grid, limits, points, notes);
    }

    private static void figure3(VariantFactory factory, NativeResolution nativeResolution, StudyGrid grid,
                                List<StudyPoint> points, List<String> notes) {
        for (double w : grid.widths()) {
            points.add(new StudyPoint(StudyPart.FIGURE3, ScalingRule.WIDTH.id(), w,
                    explicit(factory, ScalingRule.WIDTH, new Multipliers(1, w, 1))));
        }
        for (double d : grid.depths()) {
            points.add(new StudyPoint(StudyPart.FIGURE3, ScalingRule.DEPTH.id(), d,
                    explicit(factory, ScalingRule.DEPTH, new Multipliers(d, 1, 1))));
        }
        int base = factory.base().input().resolution();
        List<Double> resolutions = grid.resolutions().isEmpty() ? upToNative(factory, nativeResolution)
                : grid.resolutions();
        Set<Integer> seen = new LinkedHashSet<>();
        for (double r : resolutions) {
            Variant v = explicit(factory, ScalingRule.RESOLUTION, new Multipliers(1, 1, r));
            int res = v.spec().input().resolution();
            if (nativeResolution.upsamples(res) && res != base) {
                notes.add(String.format(Locale.ROOT, "Figure 3 leaves out resolution ×%s (%d px): above the data's native"
                        + " resolution (%s)", StudyGrid.format(r), res, nativeResolution.describe()));
            } else if (seen.add(res)) {
                points.add(new StudyPoint(StudyPart.FIGURE3, ScalingRule.RESOLUTION.id(), r, v));
            }
        }
    }

    /** r = 1 and then every input size the policy can give, one resolution step apart, up to the native resolution. */
    private static List<Double> upToNative(VariantFactory factory, NativeResolution nativeResolution) {
        int base = factory.base().input().resolution();
        int step = factory.policy().resolutionStep();
        List<Double> out = new ArrayList<>(List.of(1.0));
        for (int res = (base / step + 1) * step; res <= nativeResolution.median(); res += step) {
            out.add((double) res / base);
        }
        return out;
    }

    private static void figure4(VariantFactory factory, NativeResolution nativeResolution, StudyGrid grid,
                                List<StudyPoint> points, List<String> notes) {
        int base = factory.base().input().resolution();
        double cap = Math.max(1.0, (double) nativeResolution.median() / base);
        for (StudyGrid.Base b : grid.fig4Bases()) {
            double r = b.resolution();
            if (r > cap) {
                notes.add(String.format(Locale.ROOT, "Figure 4's baseline %s takes r = %s: the data's native resolution"
                        + " (%s) is %s× the baseline's input", b.label(), StudyGrid.format(cap),
                        nativeResolution.describe(), StudyGrid.format(cap)));
                r = cap;
            }
            for (double w : grid.fig4Widths()) {
                points.add(new StudyPoint(StudyPart.FIGURE4, b.label(), w,
                        explicit(factory, ScalingRule.WIDTH, new Multipliers(b.depth(), w, r))));
            }
        }
    }

    private static Variant explicit(VariantFactory factory, ScalingRule rule, Multipliers m) {
        Variant v = scaled(() -> factory.explicit(m));
        return new Variant(rule, Double.NaN, Double.NaN, m, v.spec(), v.cost());
    }

    private static Variant scaled(java.util.function.Supplier<Variant> make) {
        try {
            return make.get();
        } catch (SpecException e) {
            throw new IllegalArgumentException("cannot scale this far: " + e.getMessage(), e);
        }
    }

    public NetworkSpec baseline() {
        return factory.base();
    }

    public NetworkCost baselineCost() {
        return factory.baseCost();
    }

    /** The points of one part, in plan order. */
    public List<StudyPoint> points(StudyPart part) {
        return points.stream().filter(p -> p.part() == part).toList();
    }

    /** Whether the point's network is within the cost limits (and so trained). */
    public boolean feasible(StudyPoint p) {
        return limits.allows(p.variant().cost());
    }

    /** The distinct networks within the limits, in the order they first appear: what trains once per seed. */
    public List<Variant> networks() {
        Set<NetworkSpec> seen = new LinkedHashSet<>();
        List<Variant> out = new ArrayList<>();
        for (StudyPoint p : points) {
            if (feasible(p) && seen.add(p.variant().spec())) {
                out.add(p.variant());
            }
        }
        return out;
    }
}
