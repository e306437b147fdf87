package org.scalelab.ui.project;

import org.scalelab.project.ProjectFiles;
import org.scalelab.project.Project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

class ProjectViewModelTest {
    @TempDir
    Path dir;
    private final Preferences node = Preferences.userRoot().node("org/scalelab/test/pvm-" + System.nanoTime());
    private final DirectExecutor executor = new DirectExecutor();
    private final WorkbenchModel model = new WorkbenchModel(executor);
    private final ProjectViewModel vm = new ProjectViewModel(model, executor, new RecentProjects(node));

    @AfterEach
    void tearDown() throws Exception {
        node.removeNode();
    }

    @Test
    void openAppliesTheProjectAndRemembersIt() throws Exception {
        Path f = dir.resolve("a.json");
        ProjectFiles.write(f, ProjectFilesTest.sample());
        vm.open(f);
        assertEquals(ProjectFilesTest.sample(), ProjectBinding.of(model));
        assertEquals(List.of(f.toAbsolutePath()), List.copyOf(vm.recentFiles()));
    }

    @Test
    void badFileChangesNothingAndSaysWhy() throws Exception {
        Project before = ProjectBinding.of(model);
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "[1, 2]");
        vm.open(f);
        assertEquals(before, ProjectBinding.of(model));
        assertEquals("Could not open broken.json: it is not a ScaleLab project file. The workbench is unchanged.",
                vm.errorProperty().get());
        assertEquals(f + ": not a project: expected a JSON object", vm.errorDetailProperty().get());
        vm.dismissError();
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void aDamagedProjectSaysWhichValue() throws Exception {
        Path f = dir.resolve("damaged.json");
        vm.save(f);
        Files.writeString(f, Files.readString(f).replace("\"phi\" : 1.0", "\"phi\" : -1.0"));
        vm.open(f);
        assertTrue(vm.errorProperty().get().startsWith("Could not open damaged.json: a value in it cannot be used (phi: "),
                vm.errorProperty().get());
    }

    @Test
    void specialAndBinaryFilesAreOneDismissibleSentence() throws Exception {
        Project before = ProjectBinding.of(model);
        Path fifo = dir.resolve("pipe.json");
        Path binary = Files.write(dir.resolve("model.bin.json"), new byte[] {'{', 0, 1, 2});
        List<Path> hostile = new java.util.ArrayList<>(List.of(dir, binary, dir.resolve("missing.json")));
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            hostile.add(fifo); // a FIFO nobody writes to: reported after a few seconds, never waited on for ever
        }
        for (Path f : hostile) {
            vm.open(f);
            String error = vm.errorProperty().get();
            assertTrue(error.contains(f.getFileName().toString()), error);
            assertEquals(1, error.lines().count(), error);
            assertTrue(!error.contains("Exception"), error);
            assertEquals(before, ProjectBinding.of(model));
            vm.dismissError();
            assertEquals("", vm.errorProperty().get());
        }
    }

    @Test
    void saveThenOpenRestoresTheWorkbench() throws Exception {
        model.phiProperty().set(1.75);
        Path f = dir.resolve("s.json");
        vm.save(f);
        model.phiProperty().set(0.5);
        vm.open(f);
        assertEquals(1.75, model.phiProperty().get());
    }

    @Test
    void csvHasOneLinePerVariantWithAccuracyWhereTrained() throws Exception {
        Variant v = model.atPhiProperty().get().get(ScalingRule.COMPOUND);
        RunRequest q = model.requestFor(v);
        model.runs().put(q.key(), new RunRecord(q.key(), q, RunStatus.DONE, List.of(),
                new RunResult(0.8512, 1, 1, 1, "CPU"), null, 0, 0));
        Path f = dir.resolve("r.csv");
        vm.exportCsv(f);
        List<String> lines = Files.readAllLines(f);
        assertEquals(ResultsCsv.HEADER, lines.get(0));
        assertEquals(model.gridProperty().get().size() + 1, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("compound,1.00,") && l.endsWith(",1,,0.8512")), lines.toString());
        String row = lines.stream().filter(l -> l.startsWith("compound,1.00,")).findFirst().orElseThrow();
        String[] cells = row.split(",");
        var cost = v.cost();
        assertEquals(Long.toString(cost.activations()), cells[8]);
        assertEquals(Long.toString(cost.trainingMemory(q.recipe().batchSize()).totalBytes()), cells[9]);
        assertEquals(List.of("64", "3", "0", "adam", "0.002", "cosine", model.datasetProperty().get()),
                List.of(cells).subList(10, 17));
        assertEquals(q.key(), cells[17], "the finished run's id, for `scalelab runs show`");
    }

    @Test
    void csvGivesTheMeanAndSpreadOfTheFinishedSeeds() throws Exception {
        model.seedsProperty().set(2);
        Variant v = model.atPhiProperty().get().get(ScalingRule.COMPOUND);
        double[] acc = {0.85, 0.87};
        List<RunRequest> qs = model.requestsFor(v);
        for (int i = 0; i < 2; i++) {
            model.runs().put(qs.get(i).key(), new RunRecord(qs.get(i).key(), qs.get(i), RunStatus.DONE, List.of(),
                    new RunResult(acc[i], 1, 1, 1, "CPU"), null, 0, 0));
        }
        Path f = dir.resolve("seeds.csv");
        vm.exportCsv(f);
        List<String> lines = Files.readAllLines(f);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("compound,1.00,") && l.endsWith(",2,0.0141,0.8600")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("compound,2.00,") && l.endsWith(",,,")), "untrained: empty");
    }
}
