package org.scalelab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scalelab.training.bench.BenchResult;
import org.scalelab.training.bench.ReferenceNets;
import org.scalelab.training.bench.TrainingBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Training and inference speed (images/s) of the reference networks and the small presets,",
                "measured like the PyTorch peer (../shared/bench/peer_torch.py): random data, batch 64, Adam."})
final class BenchCommand implements Callable<Integer>, TrainingCommand {

    @Spec
    CommandSpec command;

    @Option(names = "--nets", paramLabel = "LIST", split = ",",
            description = "Networks: plain28, mbconv32 or preset names. Default: plain28,mbconv32,simple-cnn,mini-resnet,mini-effnet.")
    List<String> nets;

    @Option(names = "--modes", paramLabel = "LIST", split = ",", defaultValue = "fit,output",
            description = "fit (training step) and/or output (inference). Default: ${DEFAULT-VALUE}.")
    List<String> modes;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64", description = "Batch size. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "30", description = "Timed iterations. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "ND4J threads; 0 = its default (all cores).")
    int threads;

    @Option(names = "--json", description = "Print a JSON list of {net, mode, images_per_second, ...}.")
    boolean json;

    @picocli.CommandLine.Mixin
    DeviceOption device;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        org.scalelab.training.device.DeviceReport started = device.start();
        String backend = started.describe() + (started.fellBack() ? " (" + started.reason() + ")" : "");
        TrainingBench.Options options;
        try {
            options = TrainingBench.Options.defaults().withBatch(batch).withIterations(5, iterations).withThreads(threads)
                    .withModes(modes);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<String> list = nets == null ? ReferenceNets.DEFAULT_NETS : nets;
        List<BenchResult> results;
        try {
            results = TrainingBench.run(list, options);
        } catch (IllegalArgumentException e) {
            throw new UserError("--nets: " + e.getMessage());
        }
        if (json) {
            out.println("[" + String.join(",\n ", results.stream().map(BenchResult::toJson).toList()) + "]");
        } else {
            out.println("backend: " + backend);
            out.printf("%-12s %-7s %12s%n", "net", "mode", "images/s");
            for (BenchResult r : results) {
                out.printf(Locale.ROOT, "%-12s %-7s %12.1f%n", r.net(), r.mode(), r.imagesPerSecond());
            }
        }
        out.flush();
        return 0;
    }
}
