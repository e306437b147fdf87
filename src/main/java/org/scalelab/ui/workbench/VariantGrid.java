package org.scalelab.ui.workbench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.scaling.BudgetSolution;
import org.scalelab.domain.scaling.BudgetSolver;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * Every shown rule's variants on the φ grid, plus each rule's variant at the slider's φ. Pure computation, run in
 * the background; keeps its {@link VariantFactory} (and its cost cache) while baseline, coefficients and policy
 * stay the same, so dragging φ only costs the new points. One computation at a time: {@code Latest} hands
 * successive φ steps to a pool of threads, and the factory's cost cache is not thread-safe.
 *
 * <p>With a MACs budget, the {@link BudgetSolver}'s φ joins the grid (unless it is on it already), and at that φ
 * every rule's variant is the solution's: the compound variant, and the other rules matched to the budget.
 */
final class VariantGrid {
    private static final double SAME_PHI = 1e-9;
    private VariantFactory factory;
    /** The last budget solved, its inputs and answer: φ drags would otherwise solve it again at every step. */
    private Object budgetInputs;
    private BudgetSolution solution;

    /**
     * What the workbench shows for one set of inputs.
     *
     * @param budget        the budget's solution, or null without a budget or when it has none
     * @param budgetProblem why a budget that was asked for has no solution; empty otherwise
     */
    record Result(List<Variant> grid, Map<ScalingRule, Variant> atPhi, Variant baseline, BudgetSolution budget,
                  String budgetProblem) {
    }

    Result compute(NetworkSpec base, CompoundCoefficients c, RoundingPolicy policy, List<ScalingRule> rules,
                   List<Double> phis, double phi) {
        return compute(base, c, policy, rules, phis, phi, null);
    }

    /** @param budget a MACs budget as a multiple of the baseline's MACs, or null */
    synchronized Result compute(NetworkSpec base, CompoundCoefficients c, RoundingPolicy policy, List<ScalingRule> rules,
                   List<Double> phis, double phi, Double budget) {
        if (factory == null || !factory.base().equals(base) || !factory.coefficients().equals(c)
                || !factory.policy().equals(policy)) {
            factory = new VariantFactory(base, c, policy);
            budgetInputs = null;
        }
        BudgetSolution sol = null;
        String problem = "";
        if (budget != null) {
            try {
                sol = solve(budget, rules);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        List<Double> points = phis;
        double solved = sol == null ? Double.NaN : sol.phi();
        if (sol != null && phis.stream().noneMatch(p -> Math.abs(p - solved) < SAME_PHI)) {
            points = new ArrayList<>(phis);
            points.add(solved);
            points.sort(null);
        }
        List<Variant> grid = new ArrayList<>(rules.size() * points.size());
        Map<ScalingRule, Variant> atPhi = new EnumMap<>(ScalingRule.class);
        for (ScalingRule rule : rules) {
            for (double p : points) {
                grid.add(variant(rule, p, sol));
            }
            atPhi.put(rule, variant(rule, phi, sol));
        }
        return new Result(List.copyOf(grid), Map.copyOf(atPhi), factory.variant(ScalingRule.COMPOUND, 0), sol, problem);
    }

    /** The rule's variant at φ; at the budget's φ, the budget solution's. */
    private Variant variant(ScalingRule rule, double p, BudgetSolution sol) {
        if (sol != null && Math.abs(p - sol.phi()) < SAME_PHI) {
            for (Variant v : sol.variants()) {
                if (v.rule() == rule) {
                    return v;
                }
            }
        }
        return factory.variant(rule, p);
    }

    /** The budget's solution over every computed rule but compound (solved for φ itself), cached. */
    private BudgetSolution solve(double budget, List<ScalingRule> rules) {
        List<ScalingRule> matched = rules.stream().filter(r -> r != ScalingRule.COMPOUND).sorted().toList();
        Object inputs = List.of(budget, matched);
        if (!inputs.equals(budgetInputs)) {
            solution = null;
            budgetInputs = null;
            solution = BudgetSolver.solve(factory, budget, matched);
            budgetInputs = inputs;
        }
        return solution;
    }

    static List<Double> phis(double max, double step) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i * step <= max + 1e-9; i++) {
            out.add(Math.round(i * step * 1e9) / 1e9);
        }
        return out;
    }
}
