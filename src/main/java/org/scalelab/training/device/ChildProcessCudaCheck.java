package org.scalelab.training.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CUDA check in a child JVM on this process's class path. Why a child: whether the CUDA backend starts is
 * known only by starting it, and a failed start cannot be undone in the same JVM (ND4J's backend is chosen once, in
 * a static initialiser, and JavaCPP fixes its platform extension at first use), while a crash in a driver takes the
 * whole process with it. The child costs a JVM start (a few seconds; the first run also unpacks the CUDA libraries
 * into JavaCPP's cache) and happens only in the {@code -Pcuda} build.
 */
public final class ChildProcessCudaCheck implements CudaCheck {
    /** Seconds to wait for the child; {@code -Dscalelab.cuda.checkTimeout=N} changes it. */
    public static final String TIMEOUT_PROPERTY = "scalelab.cuda.checkTimeout";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);
    /** System properties the child must share with this process (JavaCPP's cache, ND4J's logging). */
    private static final List<String> SHARED = List.of("org.bytedeco.javacpp.cachedir", "org.bytedeco.javacpp.maxbytes",
            "org.bytedeco.javacpp.maxphysicalbytes", "java.library.path");

    private final String mainClass;
    private final Duration timeout;

    public ChildProcessCudaCheck() {
        this(CudaProbe.class.getName(), Duration.ofSeconds(Long.getLong(TIMEOUT_PROPERTY, DEFAULT_TIMEOUT.toSeconds())));
    }

    ChildProcessCudaCheck(String mainClass, Duration timeout) {
        this.mainClass = mainClass;
        this.timeout = timeout;
    }

    @Override
    public Result run() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String p : SHARED) {
            String v = System.getProperty(p);
            if (v != null) {
                cmd.add("-D" + p + "=" + v);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        Process child;
        try {
            child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            child.getOutputStream().close();
        } catch (IOException e) {
            return Result.failed("the CUDA check could not start a JVM: " + e.getMessage());
        }
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readAnswer(child));
        try {
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
                return Result.failed("the CUDA check gave no answer within " + timeout.toSeconds() + " s (-D"
                        + TIMEOUT_PROPERTY + "=SECONDS waits longer)");
            }
            String line = answer.get(5, TimeUnit.SECONDS);
            if (line == null) {
                return Result.failed("the CUDA check ended with exit code " + child.exitValue()
                        + " without an answer (the driver or libnd4j crashed)");
            }
            return parse(line);
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            return Result.failed("interrupted while checking the GPU");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return Result.failed("the CUDA check's answer could not be read: " + e);
        }
    }

    private static String readAnswer(Process child) {
        String found = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(CudaProbe.ANSWER)) {
                    found = line.substring(CudaProbe.ANSWER.length());
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    static Result parse(String json) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode o = mapper.readTree(json);
            if (o.path("ok").asBoolean(false)) {
                return Result.ok(mapper.treeToValue(o.get("gpu"), GpuInfo.class));
            }
            String reason = o.path("reason").asText("");
            return Result.failed(reason.isBlank() ? "the CUDA check failed without saying why" : reason);
        } catch (IOException | IllegalArgumentException e) {
            return Result.failed("the CUDA check answered something unreadable: " + json);
        }
    }
}
