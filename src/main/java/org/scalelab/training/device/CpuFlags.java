package org.scalelab.training.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The instruction-set flags of this CPU, from /proc/cpuinfo; empty where that file does not exist. */
final class CpuFlags {
    private CpuFlags() {
    }

    static Set<String> detect() {
        return read(Path.of("/proc/cpuinfo"));
    }

    static Set<String> read(Path cpuinfo) {
        try {
            return Files.readAllLines(cpuinfo).stream()
                    .filter(l -> l.startsWith("flags"))
                    .findFirst()
                    .map(l -> Arrays.stream(l.substring(l.indexOf(':') + 1).trim().split("\\s+")).collect(Collectors.toSet()))
                    .orElse(Set.of());
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }
}
