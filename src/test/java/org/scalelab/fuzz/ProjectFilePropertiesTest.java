package org.scalelab.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.project.Project;
import org.scalelab.project.ProjectFileException;
import org.scalelab.project.ProjectFiles;
import org.scalelab.project.ProjectJson;

/** Project files as the workbench opens them: a project that saves back the same, or one sentence naming the problem. */
class ProjectFilePropertiesTest {
    private static final String DEMO = demo();

    @TempDir
    Path dir;

    private static String demo() {
        try (InputStream in = ProjectFilePropertiesTest.class.getResourceAsStream("/assets/demo/demo-project.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void editedProjectsAreReadOrRefusedInOneLine() {
        Properties.qt(400).forAll(longs().all()).checkAssert(seed -> {
            String text = new Mutator(seed).json(DEMO);
            Project p;
            try {
                p = ProjectJson.read(text);
            } catch (IllegalArgumentException e) {
                assertTrue(Properties.oneLine(e.getMessage()), () -> "one line: " + e.getMessage());
                return;
            }
            assertEquals(p, ProjectJson.read(ProjectJson.write(p)), "saves back the same");
        });
    }

    @Test
    void anyBytesOnDiskAreReadOrRefusedWithAProjectFileException() {
        Properties.qt(200).forAll(longs().all()).checkAssert(seed -> {
            Path file = dir.resolve("p" + Long.toHexString(seed) + ".json");
            try {
                Files.write(file, new Mutator(seed).bytes(DEMO.getBytes(StandardCharsets.UTF_8)));
                ProjectFiles.read(file);
            } catch (ProjectFileException e) {
                assertTrue(Properties.oneLine(e.getMessage()), () -> "one line: " + e.getMessage());
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
