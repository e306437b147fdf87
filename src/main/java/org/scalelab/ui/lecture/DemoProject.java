package org.scalelab.ui.lecture;

import org.scalelab.ui.project.ProjectBinding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.project.Project;
import org.scalelab.project.ProjectFileException;
import org.scalelab.project.ProjectFiles;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The lecture demo: a project ({@value #PROJECT_FILE}) and the results of its sweep, precomputed with the CLI
 * ({@value #RUNS_FILE}, the output of {@code scalelab runs export --json}), so the charts fill at once.
 * {@link #read} runs in the background; {@link #install} (FX thread) opens the project in the workbench and puts
 * every precomputed run whose id is the key of one of a variant's seeds ({@code model.requestsFor(variant)}) into
 * {@code model.runs()}, again whenever the variants are recomputed.
 */
public final class DemoProject {
    public static final Path DEFAULT_FOLDER = Path.of("assets", "demo");
    public static final String PROJECT_FILE = "demo-project.json";
    public static final String RUNS_FILE = "demo-runs.json";
    /** Optional: {@code scalelab runs show RUN --json} of each run, for the training curves. */
    public static final String CURVES_FILE = "demo-curves.json";

    /** One precomputed result, by run id. */
    public record DemoRun(String runId, String rule, double phi, RunResult result, List<EpochMetrics> epochs) {
    }

    private final Project project;
    private final Map<String, DemoRun> runs;
    /** Workbenches this demo already refills as their grid changes: installing again only re-applies the project. */
    private final java.util.Set<WorkbenchModel> refilled =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    public DemoProject(Project project, Map<String, DemoRun> runs) {
        this.project = project;
        this.runs = Map.copyOf(runs);
    }

    public Project project() {
        return project;
    }

    public Map<String, DemoRun> runs() {
        return runs;
    }

    /**
     * The demo packed into the jar (class path {@code /assets/demo/}), copied to a temporary folder and read from
     * there, so the app shows it wherever it is started from. Blocking.
     */
    public static DemoProject readBundled() throws ProjectFileException {
        Path folder;
        try {
            folder = Files.createTempDirectory("scalelab-demo");
        } catch (IOException e) {
            throw new ProjectFileException(Path.of(System.getProperty("java.io.tmpdir")), "cannot unpack the demo: " + e.getMessage(), e);
        }
        for (String name : List.of(PROJECT_FILE, RUNS_FILE, CURVES_FILE)) {
            try (var in = DemoProject.class.getResourceAsStream("/assets/demo/" + name)) {
                if (in == null) {
                    throw new ProjectFileException(Path.of("/assets/demo/" + name), "missing from the application", null);
                }
                Files.copy(in, folder.resolve(name));
            } catch (IOException e) {
                throw new ProjectFileException(folder.resolve(name), "cannot unpack: " + e.getMessage(), e);
            }
        }
        return read(folder);
    }

    /** Reads the demo from a folder. Blocking. */
    public static DemoProject read(Path folder) throws ProjectFileException {
        Project project = ProjectFiles.read(folder.resolve(PROJECT_FILE));
        Path file = folder.resolve(RUNS_FILE);
        JsonNode list;
        try {
            list = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot read: " + e.getMessage(), e);
        }
        if (list == null || !list.isArray()) {
            throw new ProjectFileException(file, "expected a JSON list of runs (scalelab runs export --json)", null);
        }
        Map<String, List<EpochMetrics>> curves = readCurves(folder.resolve(CURVES_FILE));
        Map<String, DemoRun> runs = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            if (!"done".equals(r.path("status").asText()) || !r.path("test_accuracy").isNumber()) {
                continue;
            }
            String id = r.path("run_id").asText("");
            if (id.isEmpty()) {
                throw new ProjectFileException(file, "runs[" + i + "]: run_id: missing", null);
            }
            RunResult result = new RunResult(r.path("test_accuracy").asDouble(), r.path("train_seconds").asDouble(),
                    r.path("images_per_second").asDouble(), r.path("latency_ms").asDouble(),
                    r.path("device").asText(""));
            runs.put(id, new DemoRun(id, r.path("rule").asText(), r.path("phi").asDouble(Double.NaN), result,
                    curves.getOrDefault(id, List.of())));
        }
        return new DemoProject(project, runs);
    }

    private static Map<String, List<EpochMetrics>> readCurves(Path file) throws ProjectFileException {
        Map<String, List<EpochMetrics>> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            JsonNode list = new ObjectMapper().readTree(Files.readString(file));
            for (JsonNode r : list) {
                List<EpochMetrics> epochs = new ArrayList<>();
                for (JsonNode e : r.path("epoch_metrics")) {
                    epochs.add(new EpochMetrics(e.path("epoch").asInt(), e.path("loss").asDouble(),
                            e.path("train_accuracy").asDouble(Double.NaN), e.path("validation_accuracy").asDouble(Double.NaN),
                            e.path("images_per_second").asDouble(), e.path("seconds").asDouble()));
                }
                out.put(r.path("run_id").asText(), epochs);
            }
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Opens the project in the workbench and fills {@code model.runs()} from the demo results, now and whenever the
     * grid is recomputed. Installing it again (Reset demo) puts the project back as it was. Returns how many runs
     * matched the current grid.
     */
    public int install(WorkbenchModel model) {
        ProjectBinding.apply(project, model);
        if (refilled.add(model)) {
            ChangeListener<Object> refill = (o, a, b) -> fill(model);
            model.gridProperty().addListener(refill);
            model.atPhiProperty().addListener(refill);
        }
        return fill(model);
    }

    /** Puts the demo runs (every seed) of each variant on the grid and at φ into {@code model.runs()}; returns how many. */
    public int fill(WorkbenchModel model) {
        int n = 0;
        for (Variant v : model.gridProperty().get()) {
            n += put(model, v);
        }
        for (Variant v : model.atPhiProperty().get().values()) {
            put(model, v);
        }
        return n;
    }

    /** Every seed's demo run of the variant (the project's seeds: recipe seed, seed + 1, …); returns how many. */
    private int put(WorkbenchModel model, Variant v) {
        int n = 0;
        for (RunRequest q : model.requestsFor(v)) {
            DemoRun d = runs.get(q.key());
            if (d == null) {
                continue;
            }
            if (!model.runs().containsKey(q.key())) {
                model.runs().put(q.key(), new RunRecord(q.key(), q, RunStatus.DONE, d.epochs(), d.result(), null, 0, 0));
            }
            n++;
        }
        return n;
    }
}
