package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCliTest {
    private static final String TINY = """
            {"name": "tiny8", "input": {"channels": 1, "resolution": 8, "classes": 2},
             "stem": {"kernel": 3, "stride": 1, "channels": 8, "activation": "relu"},
             "stages": ["cn_r1_k3_s2_c8_relu"],
             "head": {"channels": 0, "activation": "identity"}, "classifier": {"dropout": 0.0, "pool": "avg"}}""";

    private static String[] study(Path dir, String... more) throws Exception {
        Path spec = dir.resolve("tiny8.json");
        Files.writeString(spec, TINY);
        List<String> args = new java.util.ArrayList<>(List.of("study", "--spec", spec.toString(), "--data",
                UpsampledCliTest.tinyIdx(dir, 8).toString(), "--epochs", "1", "--seeds", "2", "--widths", "1,2",
                "--depths", "1,2", "--fig4-bases", "1:1,2:1", "--fig4-widths", "1,2", "--phi", "0:1:1", "--db",
                dir.resolve("s.db").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aDryRunPrintsThePlanAndAnEstimatedTime(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of(study(dir, "--dry-run"));
        assertEquals(0, r.code(), r.err());
        for (String part : List.of("Figure 3: scaling one dimension", "Figure 4: width scaling",
                "Table 3: compound against single dimensions", "seeds", "estimated time:")) {
            assertTrue(r.out().contains(part), part + " in\n" + r.out());
        }
        assertTrue(r.out().contains("native resolution 8 px"), r.out());
        assertTrue(Files.notExists(dir.resolve("s.db")), "a dry run creates no database");
    }

    @Test
    void aTinyRealStudyWritesEveryReportFileAndIsAnsweredFromTheDatabaseTheSecondTime(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("report");
        CliRun r = CliRun.of(study(dir, "--out", out.toString(), "--parallel", "1"));
        assertEquals(0, r.code(), r.err());
        for (String file : List.of("report.html", "report.md", "points.csv", "table3.csv", "paper-table3.csv",
                "fig3.png", "fig3.svg", "fig4.png", "fig4.svg", "table3.png", "table3.svg")) {
            assertTrue(Files.size(out.resolve(file)) > 100, file);
        }
        byte[] png = Files.readAllBytes(out.resolve("table3.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg") && html.contains("± ") && html.contains("95% CI"), "charts and numbers inline");
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("(2)"), "mean ± sd (n) with n = 2 seeds");
        assertTrue(md.contains("EfficientNet-B0"), "the paper's numbers beside the local ones");
        assertTrue(r.err().contains("runs") && r.err().contains("[#"), "a progress bar: " + r.err());
        long csvRows;
        try (Stream<String> lines = Files.lines(out.resolve("points.csv"))) {
            csvRows = lines.count();
        }
        assertTrue(csvRows > 8, "every point of every part");

        CliRun again = CliRun.of(study(dir, "--out", out.toString(), "--parallel", "1"));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains(", 0 to train"), again.err());
        assertTrue(again.err().contains("from the database"), again.err());
    }

    @Test
    void badArgumentsNameTheirOption(@TempDir Path dir) throws Exception {
        assertUserError(CliRun.of("study", "--arch", "simple-cnn"), "--out: a study writes its report into a folder");
        assertUserError(CliRun.of("study", "--arch", "simple-cnn", "--dry-run", "--seeds", "0"), "--seeds: 0 must lie");
        assertUserError(CliRun.of("study", "--arch", "simple-cnn", "--dry-run", "--parts", "fig5"), "--parts: unknown part");
        assertUserError(CliRun.of("study", "--arch", "simple-cnn", "--dry-run", "--fig4-bases", "2x1"),
                "--fig4-bases: '2x1' is not DEPTH:RESOLUTION");
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertUserError(CliRun.of("study", "--arch", "simple-cnn", "--out", file.toString()), "exists and is not a folder");
    }

    private static void assertUserError(CliRun r, String fragment) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
