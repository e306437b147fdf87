package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.format.Numbers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scale", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"The scaled variants of a baseline under each rule, for a range of φ.",
                "Compound: d = α^φ, w = β^φ, r = γ^φ. Width, depth, resolution and dWr: the member of that rule whose "
                        + "MACs come closest to the compound variant's at the same φ (matched FLOPs, as in the paper)."})
final class ScaleCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Baseline:%n")
    SpecSource.Choice source;

    @Mixin
    SweepOptions sweep;

    @Option(names = "--data", paramLabel = "bundled|fashion-mnist|PATH", defaultValue = "bundled",
            description = "The data the variants are meant for: inputs above its native resolution are marked upsampled."
                    + " Default: ${DEFAULT-VALUE}.")
    String data;

    @Option(names = "--json", description = "Print a JSON list instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        VariantFactory factory = sweep.factory(SpecSource.load(source));
        CompoundCoefficients c = factory.coefficients();
        List<Variant> variants = sweep.variants(factory);
        NetworkCost base = factory.baseCost();
        NativeResolution nativeResolution = DataOption.load(data).nativeResolution();
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(variants, base, c, nativeResolution)));
        } else {
            printTable(out, variants, base, c, nativeResolution);
        }
        out.flush();
        return 0;
    }

    private static ArrayNode toJson(List<Variant> variants, NetworkCost base, CompoundCoefficients c,
                                    NativeResolution nativeResolution) {
        ArrayNode list = Json.array();
        for (Variant v : variants) {
            ObjectNode o = list.addObject();
            o.put("rule", v.rule().id());
            o.put("phi", v.phi());
            o.put("depth", v.multipliers().depth());
            o.put("width", v.multipliers().width());
            o.put("resolution_multiplier", v.multipliers().resolution());
            Json.totals(o, v.cost());
            o.put("macs_ratio", v.macsRelativeTo(base));
            o.put("predicted_flops_multiplier", c.predictedFlopsMultiplier(v.phi()));
            Upsampling.put(o, v.spec().input().resolution(), nativeResolution);
        }
        return list;
    }

    private void printTable(PrintWriter out, List<Variant> variants, NetworkCost base, CompoundCoefficients c,
                            NativeResolution nativeResolution) {
        out.printf("%s: α=%s β=%s γ=%s, α·β²·γ² = %s; policy %s; data native %s%n", base.spec().name(), c.alpha(),
                c.beta(), c.gamma(), Numbers.decimal(c.flopsBase()), sweep.policy.roundingPolicy().name(),
                nativeResolution.describe());
        out.printf("%-10s %6s %7s %7s %7s %5s %13s %11s %8s %9s%n", "rule", "phi", "d", "w", "r", "res", "params",
                "MACs", "x base", "2^phi-ish");
        for (Variant v : variants) {
            out.printf("%-10s %6s %7s %7s %7s %5s %13s %11s %8s %9s%n", v.rule().id(), trim(v.phi()),
                    Numbers.decimal(v.multipliers().depth()), Numbers.decimal(v.multipliers().width()),
                    Numbers.decimal(v.multipliers().resolution()),
                    Upsampling.resolution(v.spec().input().resolution(), nativeResolution),
                    Numbers.grouped(v.cost().params()), Numbers.count(v.cost().macs()), Numbers.decimal(v.macsRelativeTo(base)),
                    Numbers.decimal(c.predictedFlopsMultiplier(v.phi())));
        }
        out.println("x base: real MACs over the baseline's; 2^phi-ish: (α·β²·γ²)^φ, what the rule predicts before rounding.");
        Upsampling.footnote(variants.stream().map(v -> v.spec().input().resolution()).toList(), nativeResolution)
                .ifPresent(out::println);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
