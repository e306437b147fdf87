package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.format.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "presets", mixinStandardHelpOptions = true, description = "The bundled baselines, one line each.")
final class PresetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--json", description = "Print a JSON list instead.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        ArrayNode list = Json.array();
        for (NetworkSpec spec : Presets.all()) {
            NetworkCost c = CostModel.of(spec);
            if (json) {
                Json.totals(list.addObject(), c).put("description", spec.description());
            } else {
                out.printf("%-16s %dx%dx%-4d %12s params %11s MACs  %s%n", spec.name(), spec.input().channels(),
                        spec.input().resolution(), spec.input().resolution(), Numbers.grouped(c.params()),
                        Numbers.count(c.macs()), spec.description());
            }
        }
        if (json) {
            out.println(Json.write(list));
        }
        out.flush();
        return 0;
    }
}
