package org.scalelab.ui.project;

import org.scalelab.project.ProjectFileException;
import org.scalelab.project.ProjectFiles;
import org.scalelab.project.ProjectJson;
import org.scalelab.project.Project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        return new Project(Presets.get("mini-resnet-28"), new CompoundCoefficients(1.3, 1.05, 1.2), 1.25,
                List.of(ScalingRule.COMPOUND, ScalingRule.DWR), Recipe.defaults().withEpochs(2).withTrainSize(3000),
                "fashion-mnist-bundled-v2");
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

    @Test
    void seedsFitsAndBudgetRoundTrip() throws Exception {
        Project p = sample();
        Project with = new Project(p.baseline(), p.coefficients(), p.phi(), p.rules(), p.recipe(), p.dataset(), 3, true, 2.5);
        Path f = dir.resolve("seeds.json");
        ProjectFiles.write(f, with);
        assertEquals(with, ProjectFiles.read(f));
        String json = Files.readString(f);
        assertTrue(json.contains("\"seeds\" : 3") && json.contains("\"fitCurves\" : true") && json.contains("\"budget\" : 2.5"), json);
    }

    @Test
    void theGridStepRoundTripsAndDefaultsToAHalf() throws Exception {
        Project p = sample();
        Project coarse = new Project(p.baseline(), p.coefficients(), p.phi(), p.rules(), p.recipe(), p.dataset(), 3,
                true, null, 1.0);
        String json = ProjectJson.write(coarse);
        assertTrue(json.contains("\"phiStep\" : 1.0"), json);
        assertEquals(coarse, ProjectJson.read(json));
        assertEquals(0.5, ProjectJson.read(ProjectJson.write(p)).phiStep());
        assertFalse(ProjectJson.write(p).contains("phiStep"), "the default is not written");
        assertTrue(badRead(json.replace("\"phiStep\" : 1.0", "\"phiStep\" : 0")).contains("phiStep: 0.0 must lie in"));
    }

    @Test
    void filesFromBeforeSeedsReadWithOneSeedNoFitsNoBudget() throws Exception {
        // What version 1 wrote before these settings: the same fields without them.
        String old = ProjectJson.write(sample());
        assertFalse(old.contains("seeds") || old.contains("fitCurves") || old.contains("budget"),
                "the defaults are not written, so older versions still read such a file");
        Project read = ProjectJson.read(old);
        assertEquals(1, read.seeds());
        assertFalse(read.fitCurves());
        assertNull(read.budget());
    }

    @Test
    void badSeedsAndBudgetAreNamed() throws Exception {
        String base = ProjectJson.write(sample()).replace("\"dataset\"", "\"seeds\" : SEEDS,\n  \"dataset\"");
        assertTrue(badRead(base.replace("SEEDS", "0")).contains("seeds: 0 must lie in 1..20"));
        assertTrue(badRead(base.replace("SEEDS", "2.5")).contains("seeds: 2.5 is not a whole number"));
        String budget = ProjectJson.write(sample()).replace("\"dataset\"", "\"budget\" : -1,\n  \"dataset\"");
        assertTrue(badRead(budget).contains("budget: -1.0 must be a positive multiple"), badRead(budget));
        String fit = ProjectJson.write(sample()).replace("\"dataset\"", "\"fitCurves\" : \"yes\",\n  \"dataset\"");
        assertTrue(badRead(fit).contains("fitCurves: \"yes\" is not true or false"), badRead(fit));
    }

    @Test
    void theWorkbenchsSettingsGoIntoTheProjectAndBack() {
        var model = new org.scalelab.ui.workbench.WorkbenchModel(new org.scalelab.ui.concurrent.DirectExecutor());
        model.seedsProperty().set(4);
        model.fitCurvesProperty().set(true);
        model.budgetProperty().set(3.0);
        Project p = ProjectBinding.of(model);
        assertEquals(4, p.seeds());
        assertTrue(p.fitCurves());
        assertEquals(3.0, p.budget());
        var other = new org.scalelab.ui.workbench.WorkbenchModel(new org.scalelab.ui.concurrent.DirectExecutor());
        ProjectBinding.apply(ProjectJson.read(ProjectJson.write(p)), other);
        assertEquals(4, other.seedsProperty().get());
        assertTrue(other.fitCurvesProperty().get());
        assertEquals(3.0, other.budgetProperty().get());
        ProjectBinding.apply(sample(), other);
        assertEquals(1, other.seedsProperty().get(), "a project without seeds means one");
        assertNull(other.budgetProperty().get());
    }
}
