package org.scalelab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scalelab.training.bench.BenchResult;
import org.scalelab.training.bench.ReferenceNets;
import org.scalelab.training.bench.TrainingBench;
import org.scalelab.training.dl4j.LayerSet;
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

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "ND4J threads of each job; 0 = all cores for one job, cores ÷ jobs for several (as sweep).")
    int threads;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = {"Sweep mode: N networks trained at once, each on its own thread (as sweep --parallel N);",
                    "images/s is their sum. Default: ${DEFAULT-VALUE}."})
    int jobs;

    @Option(names = "--layers", paramLabel = "fast|stock", defaultValue = "fast",
            description = {"fast: ScaleLab's layers (BN and activation fused, no recomputed convolutions), as training uses;",
                    "stock: DL4J's own layer classes, to measure the difference. Default: ${DEFAULT-VALUE}."})
    String layers;

    @Option(names = "--json", description = "Print a JSON list of {net, mode, images_per_second, jobs, builder, ...}.")
    boolean json;

    @picocli.CommandLine.Mixin
    DeviceOption device;

    private LayerSet layerSet() {
        return switch (layers.toLowerCase(Locale.ROOT)) {
            case "fast" -> LayerSet.FAST;
            case "stock" -> LayerSet.STOCK;
            default -> throw new UserError("--layers: '" + layers + "' is not fast or stock");
        };
    }

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        org.scalelab.training.device.DeviceReport started = device.start();
        String backend = started.describe() + (started.fellBack() ? " (" + started.reason() + ")" : "");
        if (jobs < 1) {
            throw new UserError("--jobs: " + jobs + " must be at least 1");
        }
        TrainingBench.Options options;
        try {
            options = TrainingBench.Options.defaults().withBatch(batch).withIterations(5, iterations).withThreads(threads)
                    .withJobs(jobs).withModes(modes).withLayers(layerSet());
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
            out.println("backend: " + backend + "; builder: " + TrainingBench.BUILDER + " (" + layerSet().name().toLowerCase(Locale.ROOT)
                    + " layers)");
            out.printf("%-12s %-7s %5s %7s %12s %10s %12s%n", "net", "mode", "jobs", "threads", "images/s", "our cores",
                    "others' cores");
            for (BenchResult r : results) {
                out.printf(Locale.ROOT, "%-12s %-7s %5d %7d %12.1f %10.2f %12.2f%n", r.net(), r.mode(), r.jobs(),
                        r.threads(), r.imagesPerSecond(), r.coresUsed(), r.othersCores());
            }
        }
        out.flush();
        return 0;
    }
}
