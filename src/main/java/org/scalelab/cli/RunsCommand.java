package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunStatus;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;
import org.scalelab.training.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "runs", mixinStandardHelpOptions = true, description = "Stored runs: list, show one, or export all.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Export.class})
final class RunsCommand {

    /** --db and the filters, shared by the subcommands. */
    static final class Selection {
        @Option(names = "--db", paramLabel = "PATH", description = "Experiment database. Default: the user's data folder.")
        Path db;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only runs with this status (DONE, FAILED, ...).")
        RunStatus status;

        @Option(names = "--baseline", paramLabel = "NAME", description = "Only variants of this baseline.")
        String baseline;

        ExperimentStore open() {
            Path file = db != null ? db : ExperimentStore.defaultLocation();
            if (!java.nio.file.Files.exists(file)) {
                throw new UserError("--db " + file + ": no such database (train something first)");
            }
            try {
                return ExperimentStore.open(file);
            } catch (StoreException e) {
                throw new UserError("--db: " + e.getMessage());
            }
        }

        List<RunRecord> runs(ExperimentStore store) {
            return store.runs(new RunFilter(null, status, baseline));
        }
    }

    static void printJson(PrintWriter out, List<RunRecord> runs) {
        ArrayNode list = Json.array();
        runs.forEach(r -> list.add(json(r)));
        out.println(Json.write(list));
    }

    /**
     * When the finished runs listed were trained on more than one kind of device, a line that says so: their images/s
     * (and seconds, latency) are comparable only within one kind.
     */
    static java.util.Optional<String> mixedDevicesNote(List<RunRecord> runs) {
        java.util.SortedMap<String, Long> byKind = new java.util.TreeMap<>();
        for (RunRecord r : runs) {
            if (r.result() != null) {
                byKind.merge(r.result().deviceKind().name(), 1L, Long::sum);
            }
        }
        if (byKind.size() < 2) {
            return java.util.Optional.empty();
        }
        StringBuilder s = new StringBuilder("note: these runs were trained on different devices (");
        byKind.forEach((k, n) -> s.append(n).append(' ').append(k).append(", "));
        s.setLength(s.length() - 2);
        return java.util.Optional.of(s.append("); compare img/s, seconds and latency only between runs of one device;"
                + " accuracy is comparable across them").toString());
    }

    static ObjectNode json(RunRecord r) {
        NetworkCost c = CostModel.of(r.request().spec());
        return RunJson.of(r, c.params(), c.macs());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per run.")
    static final class ListRuns implements Callable<Integer> {
        @Spec
        CommandSpec command;

        @picocli.CommandLine.Mixin
        Selection selection;

        @Option(names = "--json", description = "Print a JSON list.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = command.commandLine().getOut();
            try (ExperimentStore store = selection.open()) {
                List<RunRecord> runs = selection.runs(store);
                if (json) {
                    printJson(out, runs);
                } else {
                    out.printf("%-24s %-16s %-10s %6s %5s %-11s %6s %9s %10s %s%n", "run", "baseline", "rule", "phi", "res",
                            "status", "epochs", "accuracy", "img/s", "device");
                    for (RunRecord r : runs) {
                        out.printf(Locale.ROOT, "%-24s %-16s %-10s %6s %5d %-11s %6d %9s %10s %s%n", r.id(), r.request().baseline(),
                                r.request().rule(), Double.isNaN(r.request().phi()) ? "-" : String.format(Locale.ROOT, "%.2f", r.request().phi()),
                                r.request().spec().input().resolution(), r.status().name().toLowerCase(Locale.ROOT),
                                r.epochsDone(), r.result() == null ? "-" : String.format(Locale.ROOT, "%.4f", r.result().testAccuracy()),
                                r.result() == null ? "-" : String.format(Locale.ROOT, "%.0f", r.result().imagesPerSecond()),
                                r.result() == null ? "-" : r.result().deviceKind().name());
                    }
                    mixedDevicesNote(runs).ifPresent(out::println);
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One run with its epochs.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec command;

        @picocli.CommandLine.Mixin
        Selection selection;

        @Parameters(paramLabel = "RUN", description = "The run id (a unique prefix is enough).")
        String id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = command.commandLine().getOut();
            try (ExperimentStore store = selection.open()) {
                List<RunRecord> matches = store.runs(RunFilter.all()).stream().filter(r -> r.id().startsWith(id)).toList();
                if (matches.size() != 1) {
                    throw new UserError("RUN: " + (matches.isEmpty() ? "no run starts with '" + id + "'"
                            : matches.size() + " runs start with '" + id + "'; give more of the id"));
                }
                RunRecord r = matches.get(0);
                ObjectNode o = json(r);
                ArrayNode epochs = o.putArray("epoch_metrics");
                for (EpochMetrics m : r.epochs()) {
                    ObjectNode e = epochs.addObject();
                    e.put("epoch", m.epoch());
                    e.put("loss", m.loss());
                    e.put("train_accuracy", m.trainAccuracy());
                    e.put("validation_accuracy", m.validationAccuracy());
                    e.put("images_per_second", m.imagesPerSecond());
                    e.put("seconds", m.seconds());
                }
                o.put("spec", r.request().spec().stages().toString());
                if (json) {
                    out.println(Json.write(o));
                } else {
                    o.fields().forEachRemaining(f -> {
                        if (!f.getKey().equals("epoch_metrics")) {
                            out.printf("%-20s %s%n", f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue());
                        }
                    });
                    out.printf("%5s %9s %9s %9s %10s %8s%n", "epoch", "loss", "train", "val", "img/s", "seconds");
                    for (EpochMetrics m : r.epochs()) {
                        out.printf(Locale.ROOT, "%5d %9.4f %9.4f %9.4f %10.0f %8.1f%n", m.epoch(), m.loss(), m.trainAccuracy(),
                                m.validationAccuracy(), m.imagesPerSecond(), m.seconds());
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "All (selected) runs as CSV or JSON.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec command;

        @picocli.CommandLine.Mixin
        Selection selection;

        @Option(names = "--json", description = "JSON instead of CSV.")
        boolean json;

        @Option(names = "--csv", description = "CSV (the default).")
        boolean csv;

        private static final String[] COLUMNS = {"run_id", "status", "name", "rule", "phi", "depth", "width",
                "resolution_multiplier", "resolution", "params", "macs", "dataset", "epochs", "seed", "test_accuracy",
                "train_seconds", "images_per_second", "latency_ms", "device", "device_kind", "error"};

        @Override
        public Integer call() {
            if (json && csv) {
                throw new UserError("--json and --csv: choose one");
            }
            PrintWriter out = command.commandLine().getOut();
            try (ExperimentStore store = selection.open()) {
                List<RunRecord> runs = selection.runs(store);
                if (json) {
                    printJson(out, runs);
                } else {
                    out.println(String.join(",", COLUMNS));
                    for (RunRecord r : runs) {
                        ObjectNode o = json(r);
                        StringBuilder line = new StringBuilder();
                        for (int i = 0; i < COLUMNS.length; i++) {
                            var v = o.get(COLUMNS[i]);
                            line.append(i == 0 ? "" : ",").append(v == null || v.isNull() ? "" : csvField(v.asText()));
                        }
                        out.println(line);
                    }
                }
            }
            out.flush();
            return 0;
        }

        private static String csvField(String s) {
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }
    }
}
