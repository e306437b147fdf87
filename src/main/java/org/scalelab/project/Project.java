package org.scalelab.project;

import java.util.List;
import java.util.Objects;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.training.Recipe;

/**
 * What a project file holds: the baseline, the coefficients, φ, the rules shown, the recipe and the dataset, the
 * seeds per variant, whether the charts fit curves, and the MACs budget asked about.
 *
 * @param dataset   a dataset id as in {@link org.scalelab.training.RunRequest#dataset()}
 * @param seeds     runs per variant (seeds recipe.seed …), 1 to {@link #MAX_SEEDS}
 * @param fitCurves whether the charts draw the fitted curves
 * @param budget    a MACs budget as a multiple of the baseline's MACs, or null for none
 * @param phiStep   the step of the φ grid (the table's rows, the charts' points); {@value #DEFAULT_PHI_STEP} by default
 */
public record Project(NetworkSpec baseline, CompoundCoefficients coefficients, double phi, List<ScalingRule> rules,
                      Recipe recipe, String dataset, int seeds, boolean fitCurves, Double budget, double phiStep) {
    public static final double DEFAULT_PHI_STEP = 0.5;

    /** The most seeds a project trains per variant (the workbench clamps to it). */
    public static final int MAX_SEEDS = 20;

    public Project {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(coefficients, "coefficients");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(dataset, "dataset");
        if (!Double.isFinite(phi) || phi < 0) {
            throw new IllegalArgumentException("phi: " + phi + " must be a number ≥ 0");
        }
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("rules: at least one rule is needed");
        }
        rules = List.copyOf(rules);
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds: " + seeds + " must lie in 1.." + MAX_SEEDS);
        }
        if (budget != null && !(Double.isFinite(budget) && budget > 0)) {
            throw new IllegalArgumentException("budget: " + budget + " must be a positive multiple of the baseline's MACs");
        }
        if (!(phiStep >= 0.05 && phiStep <= 10)) {
            throw new IllegalArgumentException("phiStep: " + phiStep + " must lie in [0.05, 10]");
        }
    }

    /** A project on the default φ grid (what files before the grid step was saved hold). */
    public Project(NetworkSpec baseline, CompoundCoefficients coefficients, double phi, List<ScalingRule> rules,
                   Recipe recipe, String dataset, int seeds, boolean fitCurves, Double budget) {
        this(baseline, coefficients, phi, rules, recipe, dataset, seeds, fitCurves, budget, DEFAULT_PHI_STEP);
    }

    /** A project of one seed, without fitted curves or budget (what files before these settings hold). */
    public Project(NetworkSpec baseline, CompoundCoefficients coefficients, double phi, List<ScalingRule> rules,
                   Recipe recipe, String dataset) {
        this(baseline, coefficients, phi, rules, recipe, dataset, 1, false, null);
    }
}
