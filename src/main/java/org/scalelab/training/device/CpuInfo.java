package org.scalelab.training.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CPU ND4J trains on: its model, the instruction sets that matter for the nd4j-native builds, the threads ND4J
 * uses and the memory it may take.
 *
 * @param model          from /proc/cpuinfo; empty where unknown
 * @param flags          the flags among {@link #RELEVANT} this CPU has, in that order
 * @param cores          processors the JVM may use
 * @param threads        ND4J's OpenMP threads
 * @param heapMaxBytes   the JVM heap limit
 * @param offHeapMaxBytes JavaCPP's limit on native memory (ND4J's arrays live there)
 * @param physicalBytes  the machine's memory; -1 where unknown
 */
public record CpuInfo(String model, List<String> flags, int cores, int threads, long heapMaxBytes, long offHeapMaxBytes,
                      long physicalBytes) {

    /** The flags that decide which nd4j-native build runs and how fast. */
    static final List<String> RELEVANT = List.of("sse4_2", "avx", "fma", "avx2", "avx512f", "avx512bw", "avx512vl",
            "avx512_vnni");

    public CpuInfo {
        flags = List.copyOf(flags);
    }

    static List<String> relevant(Set<String> all) {
        return RELEVANT.stream().filter(all::contains).toList();
    }

    /** The model name in /proc/cpuinfo, or "" where there is none. */
    static String model(Path cpuinfo) {
        try {
            return Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static String gib(long bytes) {
        return bytes < 0 ? "? GiB" : String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
