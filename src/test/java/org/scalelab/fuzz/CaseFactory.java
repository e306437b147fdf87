package org.scalelab.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.NetworkSpecJson;

/**
 * Makes the campaign's cases: each kind in its share of the total, every case from its own seed, its files in its
 * own folder. Specs, stage strings and projects are mutations of the bundled presets and the demo project; datasets
 * and databases are small valid ones broken one way each ({@link HostileData}, {@link HostileStores}).
 */
final class CaseFactory {
    /** Shares of the campaign, in order; together 1. */
    static final Map<String, Double> SHARES = shares();

    private final Path root;
    private final long seed;
    private final List<String> presets = Presets.names();
    private final HostileStores stores;

    CaseFactory(Path root, long seed) {
        this.root = root;
        this.seed = seed;
        this.stores = new HostileStores(root.resolve("base"));
    }

    private static Map<String, Double> shares() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("spec", 0.36);
        m.put("stage", 0.12);
        m.put("args", 0.16);
        m.put("project", 0.11);
        m.put("data", 0.14);
        m.put("store", 0.08);
        m.put("special", 0.03);
        return m;
    }

    /** {@code total} cases, each kind its share (at least one), numbered from 1. */
    List<FuzzCase> make(int total) {
        List<FuzzCase> cases = new ArrayList<>();
        for (Map.Entry<String, Double> share : SHARES.entrySet()) {
            int n = Math.max(1, (int) Math.round(total * share.getValue()));
            for (int i = 0; i < n; i++) {
                int number = cases.size() + 1;
                Path dir = root.resolve(String.format("%05d-%s", number, share.getKey()));
                Mutator m = new Mutator(seed * 1_000_003L + number);
                cases.add(make(number, share.getKey(), dir, m));
            }
        }
        return cases;
    }

    private FuzzCase make(int number, String kind, Path dir, Mutator m) {
        try {
            Files.createDirectories(dir);
            return switch (kind) {
                case "spec" -> spec(number, dir, m);
                case "stage" -> stage(number, dir, m);
                case "args" -> new FuzzCase(number, kind, "arguments", HostileArguments.make(m, dir), dir);
                case "project" -> project(number, dir, m);
                case "data" -> HostileData.make(number, dir, m);
                case "store" -> stores.make(number, dir, m);
                default -> SpecialFiles.make(number, dir, m);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FuzzCase spec(int number, Path dir, Mutator m) throws IOException {
        String preset = m.pick(presets);
        String text = NetworkSpecJson.write(Presets.get(preset));
        Path file = dir.resolve("spec.json");
        String what;
        if (m.chance(0.3)) {
            Files.write(file, m.bytes(text.getBytes(StandardCharsets.UTF_8)));
            what = "bytes of " + preset;
        } else {
            Files.writeString(file, m.json(text), StandardCharsets.UTF_8);
            what = "JSON of " + preset;
        }
        return new FuzzCase(number, "spec", what, specCommand(m, file), dir);
    }

    /** Mostly {@code cost}, sometimes the commands that scale or solve a budget from the same file. */
    private static List<String> specCommand(Mutator m, Path file) {
        String f = file.toString();
        return switch (m.below(8)) {
            case 0 -> List.of("scale", "--spec", f, "--phi", "0:2:1", "--json");
            case 1 -> List.of("budget", "--spec", f, "--json");
            case 2 -> List.of("check", "--spec", f, "--json");
            case 3 -> List.of("cost", "--spec", f, "--phi", "1", "--json");
            case 4 -> List.of("cost", "--spec", f, "--width", "0.5", "--depth", "2", "--json");
            default -> List.of("cost", "--spec", f, "--json");
        };
    }

    private FuzzCase stage(int number, Path dir, Mutator m) throws IOException {
        String preset = m.pick(presets);
        var tree = NetworkSpecJson.toTree(Presets.get(preset));
        var stages = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("stages");
        int i = m.below(stages.size());
        String stage = m.chance(0.5) ? m.notation(stages.get(i).textValue()) : m.randomNotation();
        stages.set(i, stage);
        Path file = Files.writeString(dir.resolve("spec.json"), tree.toString(), StandardCharsets.UTF_8);
        return new FuzzCase(number, "stage", preset + " stage " + i + " = " + stage, specCommand(m, file), dir);
    }

    private FuzzCase project(int number, Path dir, Mutator m) throws IOException {
        String text = demoProject();
        Path file = dir.resolve("project.json");
        if (m.chance(0.25)) {
            Files.write(file, m.bytes(text.getBytes(StandardCharsets.UTF_8)));
        } else {
            Files.writeString(file, m.json(text), StandardCharsets.UTF_8);
        }
        return new FuzzCase(number, "project", "demo project", List.of("check", "--project", file.toString(), "--json"), dir);
    }

    private static String demoProject() {
        try (InputStream in = CaseFactory.class.getResourceAsStream("/assets/demo/demo-project.json")) {
            if (in == null) {
                throw new IllegalStateException("the demo project is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
