package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.MemoryEstimate;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.cost.StageCost;
import org.scalelab.domain.scaling.EfficientNetFamily;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.format.Numbers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cost", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Params, MACs, activations and training memory of a network, in total and per stage.")
final class CostCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Baseline:%n")
    SpecSource.Choice source;

    @Mixin
    ScalingOptions scaling;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32",
            description = "Batch size for the training-memory estimate. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new UserError("--batch: " + batch + " must be at least 1");
        }
        ScalingOptions.Scaled scaled = scaling.apply(SpecSource.load(source));
        Multipliers m = scaled.multipliers();
        EfficientNetFamily family = scaled.family();
        NetworkCost cost = CostModel.of(scaled.spec());
        MemoryEstimate memory = cost.trainingMemory(batch);
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.totals(Json.object(), cost);
            o.set("multipliers", Json.multipliers(m));
            if (family != null) {
                o.put("family", family.id());
            }
            o.put("policy", scaling.roundingPolicy().name());
            o.set("memory_bytes", Json.memory(memory));
            o.put("convention", NetworkCost.CONVENTION);
            o.set("stages", Json.stages(cost));
            out.println(Json.write(o));
        } else {
            printTables(out, cost, m, family, memory);
        }
        out.flush();
        return 0;
    }

    private void printTables(PrintWriter out, NetworkCost c, Multipliers m, EfficientNetFamily family, MemoryEstimate mem) {
        out.printf("%s @ %d px   d %s  w %s  r %s%s   policy %s%n", c.spec().name(), c.spec().input().resolution(),
                Numbers.decimal(m.depth()), Numbers.decimal(m.width()), Numbers.decimal(m.resolution()),
                family != null ? "  (EfficientNet-" + family.name() + ")" : "", scaling.roundingPolicy().name());
        out.printf("  params        %13s   (+ %s BN running stats = %s as DL4J/Keras count)%n", Numbers.grouped(c.params()),
                Numbers.grouped(c.bnStats()), Numbers.grouped(c.paramsWithBnStats()));
        out.printf("  MACs          %13s   (FLOPs = 2 x MACs = %s)%n", Numbers.count(c.macs()), Numbers.count(c.flops()));
        out.printf("  activations   %13s%n", Numbers.count(c.activations()));
        out.printf("  train memory  %13s   at batch %d (float32, Adam; estimate)%n%n", Numbers.bytes(mem.totalBytes()), batch);
        out.printf("%-10s  %-36s %6s  %-12s %12s %11s %11s%n", "part", "layout", "blocks", "output", "params", "MACs", "acts");
        for (StageCost s : c.parts()) {
            out.printf("%-10s  %-36s %6d  %-12s %12s %11s %11s%n", s.label(), s.notation(), s.blocks(),
                    s.outChannels() + "x" + s.outResolution() + "x" + s.outResolution(), Numbers.grouped(s.params()),
                    Numbers.count(s.macs()), Numbers.count(s.activations()));
        }
        out.println();
        out.println(NetworkCost.CONVENTION);
    }
}
