package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.scalelab.domain.cost.CostLimits;
import org.scalelab.domain.scaling.BudgetSolution;
import org.scalelab.domain.scaling.BudgetSolver;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.format.Numbers;
import org.scalelab.format.SearchText;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "budget", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"For a MACs budget, solves φ for the compound rule and finds the width-, depth- and",
                "resolution-only networks that spend the same budget (each as close as rounding allows).",
                "--train trains them (cached in the database) for a fair comparison at equal cost."})
final class BudgetCommand implements Callable<Integer>, TrainingCommand {

    @Spec
    CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Baseline:%n")
    SpecSource.Choice source;

    @ArgGroup(exclusive = true, heading = "Budget (default: --macs-multiplier 2):%n")
    Amount amount;

    static final class Amount {
        @Option(names = "--macs-multiplier", paramLabel = "X", description = "The budget as a multiple of the baseline's MACs.")
        Double multiplier;

        @Option(names = "--macs", paramLabel = "N", description = "The budget in MACs.")
        Long macs;
    }

    @Option(names = "--rules", paramLabel = "LIST", split = ",", defaultValue = "width,depth,resolution",
            description = "Rules matched to the budget besides compound: width, depth, resolution, dwr. Default: ${DEFAULT-VALUE}.")
    List<String> rules;

    @Mixin
    CoefficientOptions coefficients;

    @Mixin
    PolicyOption policy;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--train", description = "Train the variants (and report their accuracy).")
    boolean train;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    TrainingOptions training;

    @Override
    public boolean trains() {
        return train;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        List<ScalingRule> ruleList = new ArrayList<>();
        for (String r : rules) {
            ScalingRule rule;
            try {
                rule = ScalingRule.parse(r);
            } catch (IllegalArgumentException e) {
                throw new UserError("--rules: " + e.getMessage());
            }
            if (rule == ScalingRule.COMPOUND) {
                throw new UserError("--rules: compound is always solved for φ; list only the other rules");
            }
            ruleList.add(rule);
        }
        CompoundCoefficients c = coefficients.coefficients();
        CostLimits limits = limitOptions.limits(training.recipe().batchSize());
        NetworkSpec requested = SpecSource.load(source);
        if (!train) {
            BudgetSolution s = solve(new VariantFactory(requested, c, policy.roundingPolicy()), ruleList);
            print(out, s, c, null, DataOption.load(training.data).nativeResolution(), limits);
            out.flush();
            return 0;
        }
        try (TrainingSession session = new TrainingSession(training,
                training.parallel(Math.min(2, Runtime.getRuntime().availableProcessors())))) {
            NetworkSpec base = session.data.adapt(requested);
            BudgetSolution s = solve(new VariantFactory(base, c, policy.roundingPolicy()), ruleList);
            ProgressPrinter progress = new ProgressPrinter(err);
            session.training.addListener(progress);
            err.println("backend: " + session.device() + "; data: " + session.data.dataset().description());
            session.training.recover(true);
            NativeResolution nativeResolution = session.data.dataset().nativeResolution();
            Upsampling.warning(s.variants().stream().map(Variant::spec).distinct().map(v -> v.input().resolution())
                    .toList(), nativeResolution).ifPresent(err::println);
            long experiment = session.training.newExperiment(String.format(Locale.ROOT, "budget %s %.3fx", base.name(),
                    s.multiplier()), null);
            List<RunRequest> requests = new ArrayList<>();
            for (Variant v : s.variants()) {
                if (!limits.allows(v.cost())) {
                    requests.add(null); // over a limit: not a candidate, not trained
                    continue;
                }
                RunRequest q = new RunRequest(base.name(), v.rule().id(), v.phi(), v.multipliers(), v.spec(),
                        session.data.dataset().id(), training.recipe());
                requests.add(q);
                progress.label(q.key(), base.name() + " " + v.rule().id() + " @" + v.spec().input().resolution() + "px");
                session.training.submit(experiment, q, v.cost().params(), v.cost().macs());
            }
            session.training.awaitIdle(Long.MAX_VALUE, TimeUnit.DAYS);
            List<RunRecord> records = requests.stream()
                    .map(q -> q == null ? null : session.training.find(q.key()).orElseThrow()).toList();
            print(out, s, c, records, nativeResolution, limits);
            out.flush();
            return records.stream().allMatch(r -> r == null || r.result() != null) ? 0 : 1;
        }
    }

    private BudgetSolution solve(VariantFactory factory, List<ScalingRule> ruleList) {
        try {
            if (amount != null && amount.macs != null) {
                return BudgetSolver.solve(factory, amount.macs.longValue(), ruleList);
            }
            double m = amount != null && amount.multiplier != null ? amount.multiplier : 2.0;
            return BudgetSolver.solve(factory, m, ruleList);
        } catch (IllegalArgumentException e) {
            String option = amount != null && amount.macs != null ? "--macs: " : "--macs-multiplier: ";
            throw new UserError((e.getMessage().contains("α = β = γ") ? "--alpha/--beta/--gamma: " : option) + e.getMessage());
        }
    }

    private void print(PrintWriter out, BudgetSolution s, CompoundCoefficients c, List<RunRecord> records,
                       NativeResolution nativeResolution, CostLimits limits) {
        List<Variant> variants = s.variants();
        if (json) {
            ObjectNode o = Json.object();
            o.put("target_macs", s.targetMacs());
            o.put("multiplier", s.multiplier());
            o.put("phi", s.phi());
            o.put("alpha", c.alpha());
            o.put("beta", c.beta());
            o.put("gamma", c.gamma());
            Json.totals(o.putObject("baseline"), s.baseline());
            ArrayNode list = o.putArray("variants");
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get(i);
                ObjectNode j = list.addObject();
                j.put("rule", v.rule().id());
                j.put("parameter", v.parameter());
                j.set("multipliers", Json.multipliers(v.multipliers()));
                Json.totals(j, v.cost());
                j.put("macs_ratio", v.macsRelativeTo(s.baseline()));
                j.put("budget_error", s.error(v));
                j.put("reaches_budget", s.reaches(v));
                Upsampling.put(j, v.spec().input().resolution(), nativeResolution);
                j.put("feasible", limits.allows(v.cost()));
                var over = j.putArray("over");
                limits.broken(v.cost()).forEach(over::add);
                if (records != null && records.get(i) != null) {
                    j.set("run", RunJson.of(records.get(i), v.cost().params(), v.cost().macs()));
                }
            }
            out.println(Json.write(o));
            return;
        }
        out.printf(Locale.ROOT, "%s: budget %s MACs = %s× the baseline's %s; %s, policy %s%n", s.baseline().spec().name(),
                Numbers.count(s.targetMacs()), Numbers.coefficient(s.multiplier()), Numbers.count(s.baseline().macs()),
                SearchText.triple(c), policy.roundingPolicy().name());
        out.printf(Locale.ROOT, "compound: φ = %s%n", Numbers.coefficient(s.phi()));
        if (!limits.isNone()) {
            out.println("limits: " + limits.describe() + "; a network over one is not a candidate (and not trained)");
        }
        out.printf("%-10s %9s %7s %7s %7s %5s %12s %10s %7s %9s%s%n", "rule", "parameter", "d", "w", "r", "res", "params",
                "MACs", "x base", "vs budget", records == null ? "" : "  accuracy");
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            String acc = "";
            if (records != null) {
                RunRecord r = records.get(i);
                acc = r == null ? "  -" : r.result() == null ? "  " + r.status().name().toLowerCase(Locale.ROOT)
                        : String.format(Locale.ROOT, "  %.4f", r.result().testAccuracy());
            }
            List<String> over = limits.broken(v.cost());
            if (!over.isEmpty()) {
                acc += "  over: " + String.join(", ", over);
            }
            out.printf(Locale.ROOT, "%-10s %9s %7.3f %7.3f %7.3f %5s %12s %10s %7.3f %+8.1f%%%s%n", v.rule().id(),
                    (v.rule() == ScalingRule.COMPOUND ? "φ=" : "") + Numbers.coefficient(v.parameter()),
                    v.multipliers().depth(), v.multipliers().width(), v.multipliers().resolution(),
                    Upsampling.resolution(v.spec().input().resolution(), nativeResolution),
                    Numbers.grouped(v.cost().params()), Numbers.count(v.cost().macs()),
                    v.macsRelativeTo(s.baseline()), 100 * s.error(v), acc + (s.reaches(v) ? "" : "  (out of reach: the"
                            + " rule's nearest network)"));
        }
        Upsampling.footnote(variants.stream().map(v -> v.spec().input().resolution()).toList(), nativeResolution)
                .ifPresent(out::println);
    }
}
