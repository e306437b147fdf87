package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.Launcher;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunStatus;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;

/**
 * A disk that fills up during training (issue 13): the run ends with a clear message, the database and the runs
 * before it stay intact, and the same command resumes it once there is room. The disk is filled two ways: a
 * file-size limit ({@code ulimit -f}, any user) and a small tmpfs (where this user may mount one, as CI's root can).
 * Each way trains in child JVMs, as a user's command line does.
 */
class DiskFullTest {
    /** A checkpoint of simple-cnn at width 3 is about 3.5 MB; SQLite's native library, unpacked at start, 1.1 MB. */
    private static final String[] EARLIER = {"train", "--arch", "simple-cnn", "--epochs", "1", "--train-size", "300"};
    private static final String[] FILLING = {"train", "--arch", "simple-cnn", "--width", "3", "--epochs", "1",
            "--train-size", "300"};

    @TempDir
    Path dir;

    @Test
    void aFileSizeLimitEndsTheRunWithAClearMessageAndLosesNothing() throws Exception {
        assumeTrue(Files.exists(Path.of("/bin/bash")), "bash for ulimit");
        Path db = dir.resolve("runs.db");
        String earlier = trainedEarlierRun(db);
        Result full = train(db, "ulimit -f 2048; ", FILLING);
        assertFailedCleanly(full, db, earlier);
        assertResumes(db);
    }

    @Test
    void aFullFileSystemEndsTheRunWithAClearMessageAndLosesNothing() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString()) == 0, "may mount a tmpfs");
        try {
            Path db = mount.resolve("runs.db");
            String earlier = trainedEarlierRun(db);
            fillLeaving(mount.resolve("filler"), mount, 1 << 20);
            Result full = train(db, "", FILLING);
            assertFailedCleanly(full, db, earlier); // resuming is the same as after a file-size limit, tested above
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private String trainedEarlierRun(Path db) throws Exception {
        Result r = train(db, "", EARLIER);
        assertEquals(0, r.exit(), r.output());
        try (ExperimentStore store = ExperimentStore.open(db)) {
            List<RunRecord> runs = store.runs(RunFilter.all());
            assertEquals(1, runs.size());
            return runs.get(0).id();
        }
    }

    private static void assertFailedCleanly(Result r, Path db, String earlier) {
        assertEquals(1, r.exit(), r.output());
        assertTrue(r.output().contains("the disk is full, or a file-size limit was reached"), r.output());
        assertTrue(r.output().contains("start the same run again to resume it"), r.output());
        assertFalse(r.output().contains("\tat org.scalelab"), () -> "no stack trace: " + r.output());
        try (ExperimentStore store = ExperimentStore.open(db)) { // opening runs SQLite's integrity check
            RunRecord before = store.find(earlier).orElseThrow();
            assertEquals(RunStatus.DONE, before.status());
            assertNotNull(before.result());
            assertEquals(1, store.epochs(earlier).size());
            List<RunRecord> failed = store.runs(RunFilter.all().withStatus(RunStatus.FAILED));
            assertEquals(1, failed.size(), "the run that filled the disk is failed, not lost or running");
        }
    }

    private void assertResumes(Path db) throws Exception {
        Result again = train(db, "", FILLING);
        assertEquals(0, again.exit(), again.output());
        try (ExperimentStore store = ExperimentStore.open(db)) {
            assertEquals(2, store.runs(RunFilter.all().withStatus(RunStatus.DONE)).size());
        }
    }

    /** Fills the file system of {@code folder} with one file until only {@code leave} bytes are free. */
    private static void fillLeaving(Path filler, Path folder, long leave) throws IOException {
        long free = Files.getFileStore(folder).getUsableSpace();
        try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
            byte[] block = new byte[1 << 16];
            for (long written = 0; written < free - leave; written += block.length) {
                f.write(block);
            }
        }
    }

    private record Result(int exit, String output) {
    }

    /** The command line in a child JVM, after {@code shellPrefix} (a ulimit), training on the bundled data. */
    private Result train(Path db, String shellPrefix, String... args) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        java.addAll(List.of(args));
        java.addAll(List.of("--db", db.toString()));
        StringBuilder command = new StringBuilder(shellPrefix).append("exec");
        for (String a : java) {
            command.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        Path log = dir.resolve("child.log");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", command.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the training command ends");
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
