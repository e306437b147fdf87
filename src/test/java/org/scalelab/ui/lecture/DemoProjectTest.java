package org.scalelab.ui.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.project.ProjectFileException;
import org.scalelab.ui.workbench.WorkbenchModel;

class DemoProjectTest {
    @TempDir
    Path dir;

    @Test
    void everyShippedRunLandsOnAVariantOfTheDemoProject() throws Exception {
        DemoProject demo = DemoProject.read(DemoProject.DEFAULT_FOLDER);
        assertFalse(demo.runs().isEmpty());
        WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
        demo.install(model);
        Set<String> matched = model.gridProperty().get().stream().flatMap(v -> model.runKeys(v).stream())
                .filter(model.runs()::containsKey).collect(Collectors.toSet());
        assertEquals(demo.runs().keySet(), matched);
    }

    @Test
    void shippedRunsHaveRealAccuracies() throws Exception {
        DemoProject demo = DemoProject.read(DemoProject.DEFAULT_FOLDER);
        assertTrue(demo.runs().values().stream().allMatch(r -> r.result().testAccuracy() > 0.2),
                demo.runs().values().toString());
    }

    @Test
    void aBadResultsFileNamesItself() throws Exception {
        Files.copy(DemoProject.DEFAULT_FOLDER.resolve(DemoProject.PROJECT_FILE), dir.resolve(DemoProject.PROJECT_FILE));
        Files.writeString(dir.resolve(DemoProject.RUNS_FILE), "{\"not\": \"a list\"}");
        String m = assertThrows(ProjectFileException.class, () -> DemoProject.read(dir)).getMessage();
        assertTrue(m.startsWith(dir.resolve(DemoProject.RUNS_FILE) + ": expected a JSON list"), m);
    }
}
