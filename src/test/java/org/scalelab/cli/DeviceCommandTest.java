package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;

/** {@code scalelab device}, {@code --device} and the device columns, in this (default, CPU-only) build. */
class DeviceCommandTest {

    @Test
    void deviceReportsTheCpuOfTheDefaultBuildAndWhy() throws Exception {
        CliRun r = CliRun.of("device", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals("CPU", j.get("kind").asText());
        assertEquals("this build has no CUDA backend (the -Pcuda build has one)", j.get("reason").asText());
        assertFalse(j.get("fell_back").asBoolean());
        assertEquals("CpuBackend", j.get("nd4j_backend").asText());
        assertTrue(j.get("gpu").isNull());
        JsonNode cpu = j.get("cpu");
        assertTrue(cpu.get("build").asText().startsWith("nd4j-native linux-x86_64"), cpu.toString());
        assertEquals(Runtime.getRuntime().availableProcessors(), cpu.get("cores").asInt());
        assertTrue(cpu.get("threads").asInt() >= 1);
        assertTrue(cpu.get("heap_max_bytes").asLong() > 0 && cpu.get("off_heap_max_bytes").asLong() > 0);
        assertTrue(j.get("device").asText().startsWith("CPU, nd4j-native"), j.toString());

        CliRun text = CliRun.of("device");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("device:   CPU (this build has no CUDA backend"), text.out());
        assertTrue(text.out().contains("\nthreads:  "), text.out());
    }

    @Test
    void aGpuThatCannotBeHadIsOneLineAndExitCodeTwo() {
        for (CliRun r : List.of(CliRun.of("device", "--device", "gpu"), CliRun.of("device", "--device", "tpu"))) {
            assertEquals(Cli.USER_ERROR, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(r.err().contains("\tat "));
        }
        assertTrue(CliRun.of("device", "--device", "gpu").err().startsWith(
                "scalelab: --device gpu: this build has no CUDA backend; build it with mvn -Pcuda package"));
        assertEquals("scalelab: --device: unknown device 'tpu'; expected auto, cpu or gpu\n",
                CliRun.of("device", "--device", "tpu").err());
    }

    @Test
    void trainJsonSaysWhichDeviceTrainedTheRun(@TempDir Path dir) throws Exception {
        // auto, as every in-process start in this JVM: ND4J's device is chosen once per process
        CliRun r = CliRun.of("train", "--arch", "simple-cnn", "--epochs", "1", "--train-size", "600",
                "--db", dir.resolve("t.db").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals("CPU", j.get("device_kind").asText());
        assertTrue(j.get("device").asText().startsWith("CPU, nd4j-native"), j.toString());

        CliRun list = CliRun.of("runs", "list", "--db", dir.resolve("t.db").toString());
        assertTrue(list.out().lines().findFirst().orElseThrow().endsWith("img/s device"), list.out());
        assertTrue(list.out().lines().skip(1).findFirst().orElseThrow().endsWith(" CPU"), list.out());
        CliRun csv = CliRun.of("runs", "export", "--db", dir.resolve("t.db").toString());
        assertTrue(csv.out().startsWith("run_id,") && csv.out().lines().findFirst().orElseThrow().contains(",device,device_kind,"),
                csv.out());
    }

    @Test
    void listsOfRunsFromDifferentDevicesSaySo() {
        RunRequest q = new RunRequest("simple-cnn", "baseline", 0, Multipliers.IDENTITY, Presets.get("simple-cnn"),
                "fashion-mnist-bundled", org.scalelab.training.Recipe.defaults());
        RunRecord cpu = new RunRecord("a", q, RunStatus.DONE, List.of(), new RunResult(0.8, 10, 500, 1, "CPU, x"), null, 1, 1);
        RunRecord gpu = new RunRecord("b", q, RunStatus.DONE, List.of(), new RunResult(0.8, 1, 5000, 1, "GPU, y"), null, 1, 1);
        RunRecord queued = new RunRecord("c", q, RunStatus.QUEUED, List.of(), null, null, 1, 1);
        assertTrue(RunsCommand.mixedDevicesNote(List.of(cpu, queued, cpu)).isEmpty());
        assertEquals("note: these runs were trained on different devices (2 CPU, 1 GPU); compare img/s, seconds and"
                        + " latency only between runs of one device; accuracy is comparable across them",
                RunsCommand.mixedDevicesNote(List.of(cpu, gpu, cpu, queued)).orElseThrow());
    }
}
