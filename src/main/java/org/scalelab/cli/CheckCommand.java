package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.format.Numbers;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunStatus;
import org.scalelab.training.data.LoadedDataset;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;
import org.scalelab.training.store.StoreException;
import org.scalelab.project.Project;
import org.scalelab.project.ProjectFileException;
import org.scalelab.project.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Reads files exactly as the other commands and the workbench do, and says what they hold or what is wrong with
 * them, without training or changing anything but what opening a database always does (see {@code runs}): a way to
 * check a spec or a project before a lecture, a dataset folder before a long sweep, a database after a crash.
 */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Reads a spec, a project, a dataset or a database as the other commands and the workbench do,",
                "and prints what it holds or the problem (exit code 2)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--spec", paramLabel = "FILE", description = "A network spec (JSON).")
    Path spec;

    @Option(names = "--project", paramLabel = "FILE", description = "A workbench project (JSON).")
    Path project;

    @Option(names = "--data", paramLabel = "bundled|fashion-mnist|PATH", description = "A dataset, as train's --data.")
    String data;

    @Option(names = "--db", paramLabel = "FILE", description = "An experiment database.")
    Path db;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (spec == null && project == null && data == null && db == null) {
            throw new UserError("check: name at least one of --spec, --project, --data and --db");
        }
        ObjectNode report = Json.object();
        if (spec != null) {
            NetworkSpec s = SpecSource.read(spec);
            report.set("spec", network(Json.object().put("file", spec.toString()), s));
        }
        if (project != null) {
            report.set("project", project(project));
        }
        if (data != null) {
            report.set("data", data(DataOption.load(data)));
        }
        if (db != null) {
            report.set("database", database(db));
        }
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(Json.write(report));
        } else {
            report.fields().forEachRemaining(e -> out.println(e.getKey() + ": " + e.getValue().path("summary").asText()));
        }
        out.flush();
        return 0;
    }

    private static ObjectNode network(ObjectNode o, NetworkSpec s) {
        NetworkCost c = CostModel.of(s);
        o.put("name", s.name());
        o.put("stages", s.stages().size());
        Json.totals(o, c);
        o.put("summary", String.format(Locale.ROOT, "%s, %d stages at %d px: %s params, %s MACs", s.name(),
                s.stages().size(), s.input().resolution(), Numbers.grouped(c.params()), Numbers.count(c.macs())));
        return o;
    }

    private static ObjectNode project(Path file) {
        Project p;
        try {
            p = ProjectFiles.read(file);
        } catch (ProjectFileException e) {
            throw new UserError("--project " + SpecSource.shown(file) + ": " + problemOf(e, file));
        }
        ObjectNode o = network(Json.object().put("file", file.toString()), p.baseline());
        o.put("phi", p.phi());
        o.put("rules", p.rules().stream().map(ScalingRule::id).collect(Collectors.joining(",")));
        o.put("dataset", p.dataset());
        o.put("seeds", p.seeds());
        o.put("summary", String.format(Locale.ROOT, "baseline %s, φ %s, rules %s, dataset %s, %d seed(s)",
                o.get("summary").asText(), Numbers.coefficient(p.phi()), o.get("rules").asText(), p.dataset(), p.seeds()));
        return o;
    }

    /** The problem without the file name ProjectFileException puts in front. */
    private static String problemOf(ProjectFileException e, Path file) {
        String m = e.getMessage();
        String prefix = file + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    private static ObjectNode data(LoadedDataset d) {
        ObjectNode o = Json.object();
        o.put("id", d.id());
        o.put("train", d.train().size());
        o.put("test", d.test().size());
        o.put("classes", d.train().classCount());
        o.put("channels", d.train().channels());
        o.put("height", d.train().height());
        o.put("width", d.train().width());
        o.put("summary", d.description());
        return o;
    }

    private static ObjectNode database(Path file) {
        if (!Files.exists(file) && !file.toString().isEmpty()) {
            throw new UserError("--db " + file + ": no such database");
        }
        try (ExperimentStore store = ExperimentStore.open(file)) {
            var runs = store.runs(RunFilter.all());
            long done = runs.stream().filter(r -> r.status() == RunStatus.DONE).count();
            ObjectNode o = Json.object();
            o.put("file", file.toString());
            o.put("experiments", store.experiments().size());
            o.put("runs", runs.size());
            o.put("done", done);
            o.put("epochs", runs.stream().mapToLong(RunRecord::epochsDone).sum());
            o.put("summary", String.format(Locale.ROOT, "%d experiments, %d runs (%d done); SQLite's check found no damage",
                    store.experiments().size(), runs.size(), done));
            return o;
        } catch (StoreException e) {
            throw new UserError("--db: " + e.getMessage());
        }
    }
}
