package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.format.Numbers;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunStatus;
import org.scalelab.training.service.RunEvent;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Trains one variant with DL4J and reports its test accuracy beside its cost.",
                "A run already in the database (same spec, data, recipe and seed) is answered from it at once."})
final class TrainCommand implements Callable<Integer>, TrainingCommand {

    @Spec
    CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Baseline:%n")
    SpecSource.Choice source;

    @Mixin
    ScalingOptions scaling;

    @Mixin
    TrainingOptions training;

    @Option(names = "--json", description = "Print one JSON object with the result.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        NetworkSpec base = SpecSource.load(source);
        try (TrainingSession session = new TrainingSession(training, 1)) {
            base = session.data.adapt(base);
            ScalingOptions.Scaled scaled = scaling.apply(base);
            NetworkCost cost = CostModel.of(scaled.spec());
            RunRequest request = new RunRequest(base.name(), scaled.rule(), scaled.phi(), scaled.multipliers(),
                    scaled.spec(), session.data.dataset().id(), training.recipe());
            session.training.recover(false);
            ProgressPrinter progress = new ProgressPrinter(err);
            progress.label(request.key(), base.name() + " " + scaled.rule() + " @" + scaled.spec().input().resolution() + "px");
            session.training.addListener(progress);
            err.println(session.deviceLine() + "; data: " + session.data.dataset().description());
            long experiment = session.training.newExperiment("train " + base.name(), null);
            boolean[] cached = {false};
            String[] failure = {null};
            session.training.addListener(e -> {
                if (e instanceof RunEvent.Finished f && f.cached()) {
                    cached[0] = true;
                } else if (e instanceof RunEvent.Failed f) {
                    failure[0] = f.reason();
                }
            });
            session.training.submit(experiment, request, cost.params(), cost.macs());
            session.training.awaitIdle(Long.MAX_VALUE, java.util.concurrent.TimeUnit.DAYS);
            RunRecord record = session.training.find(request.key()).orElseThrow();
            if (record.status() != RunStatus.DONE && failure[0] != null && record.error() == null) {
                // The database could not even record the failure (a full disk): say why here; the run resumes later.
                err.println("scalelab: run " + record.id() + " stopped: " + failure[0]);
                return 1;
            }
            if (json) {
                ObjectNode o = RunJson.of(record, cost.params(), cost.macs());
                Upsampling.put(o, scaled.spec().input().resolution(), session.data.dataset().nativeResolution());
                o.put("cached", cached[0]);
                out.println(Json.write(o));
            } else {
                printSummary(out, record, cost, session.data.dataset().nativeResolution());
            }
            out.flush();
            return record.status() == RunStatus.DONE ? 0 : 1;
        }
    }

    private static void printSummary(PrintWriter out, RunRecord r, NetworkCost cost, NativeResolution data) {
        int resolution = r.request().spec().input().resolution();
        out.printf(Locale.ROOT, "%s %s @ %d px%s: %s params, %s MACs%n", r.request().baseline(), r.request().rule(),
                resolution, data.upsamples(resolution) ? " (upsampled: the data's native resolution is " + data.describe()
                        + ")" : "", Numbers.grouped(cost.params()), Numbers.count(cost.macs()));
        if (r.result() == null) {
            out.printf("status %s%s%n", r.status().name().toLowerCase(Locale.ROOT), r.error() == null ? "" : ": " + r.error());
            return;
        }
        out.printf(Locale.ROOT, "test accuracy %.4f after %d epochs, %.1f s training, %.0f images/s, %.2f ms/image inference%n",
                r.result().testAccuracy(), r.epochsDone(), r.result().trainSeconds(), r.result().imagesPerSecond(),
                r.result().latencyMillis());
        out.printf("run %s on %s%n", r.id(), r.result().device());
    }
}
