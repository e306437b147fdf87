package org.scalelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.format.Numbers;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sweep", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Trains every variant of a baseline under each rule over a range of φ, cheapest first,",
                "skipping those already in the database, and prints d, w, r, params, MACs and accuracy.",
                "A sweep killed midway resumes where it stopped when run again."})
final class SweepCommand implements Callable<Integer>, TrainingCommand {

    @Spec
    CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Baseline:%n")
    SpecSource.Choice source;

    @Mixin
    SweepOptions sweep;

    @Mixin
    TrainingOptions training;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV.")
    Path csv;

    @Option(names = "--json", description = "Print the table as a JSON list.")
    boolean json;

    /** One row of the sweep: the variant and the run that trains it. */
    private record Row(Variant variant, RunRequest request) {
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        NetworkSpec requested = SpecSource.load(source);
        try (TrainingSession session = new TrainingSession(training,
                Math.min(2, Runtime.getRuntime().availableProcessors()), cluster)) {
            NetworkSpec base = session.data.adapt(requested);
            List<Variant> variants = sweep.variants(sweep.factory(base));
            ProgressPrinter progress = new ProgressPrinter(err);
            session.training.addListener(progress);
            err.println(session.deviceLine() + "; data: " + session.data.dataset().description());
            List<RunRecord> resumed = session.training.recover(true);
            if (!resumed.isEmpty()) {
                err.println("resuming " + resumed.size() + " interrupted run(s)");
                resumed.forEach(r -> progress.label(r.id(), label(r.request())));
            }
            NativeResolution nativeResolution = session.data.dataset().nativeResolution();
            Upsampling.warning(distinctResolutions(variants), nativeResolution).ifPresent(err::println);
            long experiment = session.training.newExperiment("sweep " + base.name() + " " + sweep.describe(), null);
            List<Row> rows = new ArrayList<>();
            for (Variant v : variants) {
                RunRequest request = new RunRequest(base.name(), v.rule().id(), v.phi(), v.multipliers(), v.spec(),
                        session.data.dataset().id(), training.recipe());
                rows.add(new Row(v, request));
                progress.label(request.key(), label(request));
                session.training.submit(experiment, request, v.cost().params(), v.cost().macs());
            }
            long unique = rows.stream().map(r -> r.request().key()).distinct().count();
            err.println(variants.size() + " variants (" + unique + " distinct networks) queued, cheapest first");
            session.training.awaitIdle(Long.MAX_VALUE, TimeUnit.DAYS);
            List<RunRecord> records = rows.stream().map(r -> session.training.find(r.request().key()).orElseThrow()).toList();
            if (json) {
                var list = Json.array();
                for (int i = 0; i < rows.size(); i++) {
                    Variant v = rows.get(i).variant();
                    var o = RunJson.of(records.get(i), v.cost().params(), v.cost().macs());
                    o.put("rule", v.rule().id());
                    o.put("phi", v.phi());
                    Upsampling.put(o, v.spec().input().resolution(), nativeResolution);
                    list.add(o);
                }
                out.println(Json.write(list));
            } else {
                printTable(out, rows, records, nativeResolution);
            }
            // Runs answered from the database may have been trained on another device than this sweep's.
            RunsCommand.mixedDevicesNote(records).ifPresent(err::println);
            if (csv != null) {
                writeCsv(csv, rows, records, nativeResolution);
            }
            out.flush();
            OptionalInt clusterFailed = session.clusterFailure(err);
            if (clusterFailed.isPresent()) {
                return clusterFailed.getAsInt();
            }
            return records.stream().allMatch(r -> r.result() != null) ? 0 : 1;
        }
    }

    private static String label(RunRequest q) {
        String phi = Double.isNaN(q.phi()) ? "" : String.format(Locale.ROOT, " φ=%.2f", q.phi());
        return q.baseline() + " " + q.rule() + phi + " @" + q.spec().input().resolution() + "px";
    }

    /** One resolution per distinct network: what the note before training counts. */
    private static List<Integer> distinctResolutions(List<Variant> variants) {
        return variants.stream().map(Variant::spec).distinct().map(s -> s.input().resolution()).toList();
    }

    private static void printTable(PrintWriter out, List<Row> rows, List<RunRecord> records,
                                   NativeResolution nativeResolution) {
        out.printf("%-10s %6s %7s %7s %7s %5s %12s %11s %9s %9s%n", "rule", "phi", "d", "w", "r", "res", "params", "MACs",
                "accuracy", "status");
        for (int i = 0; i < rows.size(); i++) {
            Variant v = rows.get(i).variant();
            RunRecord r = records.get(i);
            out.printf(Locale.ROOT, "%-10s %6.2f %7.3f %7.3f %7.3f %5s %12s %11s %9s %9s%n", v.rule().id(), v.phi(),
                    v.multipliers().depth(), v.multipliers().width(), v.multipliers().resolution(),
                    Upsampling.resolution(v.spec().input().resolution(), nativeResolution),
                    Numbers.grouped(v.cost().params()), Numbers.count(v.cost().macs()),
                    r.result() == null ? "-" : String.format(Locale.ROOT, "%.4f", r.result().testAccuracy()),
                    r.status().name().toLowerCase(Locale.ROOT));
        }
        Upsampling.footnote(rows.stream().map(r -> r.variant().spec().input().resolution()).toList(), nativeResolution)
                .ifPresent(out::println);
    }

    private static void writeCsv(Path file, List<Row> rows, List<RunRecord> records, NativeResolution nativeResolution) {
        StringBuilder b = new StringBuilder("rule,phi,depth,width,resolution_multiplier,resolution,params,macs,"
                + "test_accuracy,status,train_seconds,images_per_second,run_id,device_kind,native_resolution,upsampled\n");
        for (int i = 0; i < rows.size(); i++) {
            Variant v = rows.get(i).variant();
            RunRecord r = records.get(i);
            RunResult res = r.result();
            b.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%d,%d,%d,%s,%s,%s,%s,%s,%s,%d,%s%n", v.rule().id(), v.phi(),
                    v.multipliers().depth(), v.multipliers().width(), v.multipliers().resolution(),
                    v.spec().input().resolution(), v.cost().params(), v.cost().macs(),
                    res == null ? "" : res.testAccuracy(), r.status().name().toLowerCase(Locale.ROOT),
                    res == null ? "" : res.trainSeconds(), res == null ? "" : res.imagesPerSecond(), r.id(),
                    res == null ? "" : res.deviceKind().name(), nativeResolution.median(),
                    nativeResolution.upsamples(v.spec().input().resolution())));
        }
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError("--csv " + file + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
