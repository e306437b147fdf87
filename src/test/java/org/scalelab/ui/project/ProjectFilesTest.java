package org.scalelab.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.training.Recipe;

class ProjectFilesTest {
    @TempDir
    Path dir;

    static Project sample() {
        return new Project(Presets.get("mini-resnet"), new CompoundCoefficients(1.3, 1.05, 1.2), 1.25,
                List.of(ScalingRule.COMPOUND, ScalingRule.DWR), Recipe.defaults().withEpochs(2).withTrainSize(3000),
                "fashion-mnist-bundled");
    }

    @Test
    void projectRoundTripsThroughAFile() throws Exception {
        Path f = dir.resolve("p.scalelab.json");
        ProjectFiles.write(f, sample());
        assertEquals(sample(), ProjectFiles.read(f));
    }

    @Test
    void savingLeavesNoTemporaryFiles() throws Exception {
        Path f = dir.resolve("p.json");
        ProjectFiles.write(f, sample());
        ProjectFiles.write(f, sample());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList());
        }
    }

    @Test
    void resavingKeepsTheFilesPermissions() throws Exception {
        Path f = dir.resolve("shared.json");
        ProjectFiles.write(f, sample());
        java.nio.file.Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        ProjectFiles.write(f, sample());
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    private String badRead(String json) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        return assertThrows(ProjectFileException.class, () -> ProjectFiles.read(f)).getMessage();
    }

    @Test
    void brokenJsonNamesTheFile() throws Exception {
        String m = badRead("{\"format\": ");
        assertTrue(m.startsWith(dir.resolve("bad.json") + ": not valid JSON"), m);
    }

    @Test
    void wrongFieldIsNamed() throws Exception {
        String json = ProjectJson.write(sample()).replace("\"phi\" : 1.25", "\"phi\" : \"one\"");
        String m = badRead(json);
        assertTrue(m.endsWith("phi: \"one\" is not a number"), m);
    }

    @Test
    void unknownRuleIsNamed() throws Exception {
        String m = badRead(ProjectJson.write(sample()).replace("\"dwr\"", "\"diagonal\""));
        assertTrue(m.contains("rules[1]: unknown scaling rule 'diagonal'"), m);
    }

    @Test
    void badSpecIsNamed() throws Exception {
        String m = badRead(ProjectJson.write(sample()).replaceFirst("\"resolution\" : 28", "\"resolution\" : -3"));
        assertTrue(m.contains("baseline: "), m);
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("none.json");
        assertEquals(f + ": no such file",
                assertThrows(ProjectFileException.class, () -> ProjectFiles.read(f)).getMessage());
    }
}
