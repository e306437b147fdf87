package org.scalelab.domain.preset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.domain.spec.SpecException;

/**
 * The bundled baselines, kept as data: {@code org/scalelab/presets/<name>.json} on the class path, listed in
 * {@code presets.txt}. Loaded once; specs are immutable, so they are shared.
 */
public final class Presets {
    private static final String FOLDER = "/org/scalelab/presets/";
    private static final Map<String, NetworkSpec> ALL = load();

    private Presets() {
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    public static List<NetworkSpec> all() {
        return List.copyOf(ALL.values());
    }

    public static NetworkSpec get(String name) {
        NetworkSpec spec = ALL.get(name);
        if (spec == null) {
            throw new SpecException("arch", "unknown preset '" + name + "'; available: " + String.join(", ", ALL.keySet()));
        }
        return spec;
    }

    private static Map<String, NetworkSpec> load() {
        Map<String, NetworkSpec> out = new LinkedHashMap<>();
        for (String line : read("presets.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            NetworkSpec spec;
            try {
                spec = NetworkSpecJson.read(read(name + ".json"));
            } catch (SpecException e) {
                throw new IllegalStateException("bundled preset " + name + " is invalid: " + e.getMessage(), e);
            }
            if (!spec.name().equals(name)) {
                throw new IllegalStateException("bundled preset file " + name + ".json names itself " + spec.name());
            }
            out.put(name, spec);
        }
        return out;
    }

    private static String read(String file) {
        try (InputStream in = Presets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled preset resource missing: " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
