package org.scalelab.training.device;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The child process of {@link ChildProcessCudaCheck}: starts ND4J on the CUDA backend, multiplies two small
 * matrices there and prints one line, {@value #ANSWER} followed by JSON: the device, or the reason it failed.
 * A crash of the driver or of libnd4j ends this process only; the parent reads no answer and trains on the CPU.
 */
public final class CudaProbe {
    static final String ANSWER = "scalelab-cuda-probe ";

    private CudaProbe() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Anything ND4J or a logger prints goes to stderr, so that stdout carries the answer alone.
        System.setOut(System.err);
        ObjectMapper json = new ObjectMapper();
        String answer;
        try {
            GpuInfo gpu = GpuBackend.start(NativeBackend.platform(), CudaProbe.class.getClassLoader());
            answer = json.writeValueAsString(json.createObjectNode().put("ok", true).set("gpu", json.valueToTree(gpu)));
        } catch (Throwable t) {
            ObjectNode o = json.createObjectNode().put("ok", false).put("reason", CudaFailure.explain(t));
            answer = o.toString();
        }
        out.println(ANSWER + answer);
        out.flush();
        // ND4J's CUDA threads may keep the JVM alive; the answer is out.
        Runtime.getRuntime().halt(0);
    }
}
