package org.scalelab.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Argument sets: a command with options drawn from plausible and hostile values, unknown or repeated options and
 * missing values. Commands that would train are always given an epoch count no recipe accepts, so a case never
 * starts a real run (the campaign measures refusals and answers, not training).
 */
final class HostileArguments {
    private static final List<String> NUMBERS = List.of("0", "1", "2", "-1", "-0", "0.5", "1.5", "1e308", "-1e308", "1e-320",
            "NaN", "Infinity", "-Infinity", "2147483648", "9223372036854775808", "", " ", "abc", "1,5", "0x10", "3 ",
            "1e3", "100000", "20", "21", "-20", "0.0001");
    private static final List<String> RANGES = List.of("0:2:1", "0:4:0.5", "2:0:1", "0:1:0", "0:1:-1", "0:20:0.02",
            "0:20:0.01", "-20:20:1", "-1e308:1e308:1e307", "0:1e308:1", "1:1:1", "0", "NaN", "0:1", "0:1:2:3", ":",
            "a:b:c", "", "0:3:1e-9");
    private static final List<String> RULES = List.of("compound", "width", "depth", "resolution", "dwr", "compound,width",
            "", ",", "Compound", "widths", "compound,compound", "width,depth,resolution,dwr,compound");
    private static final List<String> ARCHS = List.of("simple-cnn", "mini-effnet", "mini-resnet", "efficientnet-b0",
            "resnet-50", "mobilenet-v2", "no-such-net", "", "../../etc/passwd", "SIMPLE-CNN");
    private static final List<String> DATA = List.of("bundled", "fashion-mnist", "", " ", "/nonexistent", "/dev/null",
            "images:/nonexistent", "idx:", "cifar10:/dev", "fashion-mnist-bundled", "BUNDLED", "../..");
    private static final List<String> GRIDS = List.of("a=1:2:0.1,b=1:1.4:0.1,g=1:1.4:0.1", "a=1:2:0.5", "a=1:1:0",
            "a=1:4:0.0001,b=1:4:0.0001,g=1:4:0.0001", "x=1:2:0.1", "a=2:1:0.1", "", "a=1:2:0.1,a=1:2:0.1", "a=NaN:2:1");

    private HostileArguments() {
    }

    static List<String> make(Mutator m, Path dir) {
        List<String> a = new ArrayList<>();
        switch (m.below(9)) {
            case 0, 1 -> {
                a.add("cost");
                a.addAll(List.of("--arch", m.pick(ARCHS)));
                maybe(m, a, "--phi", NUMBERS);
                maybe(m, a, "--width", NUMBERS);
                maybe(m, a, "--depth", NUMBERS);
                maybe(m, a, "--resolution", NUMBERS);
                maybe(m, a, "--family", List.of("b0", "b3", "b7", "b8", "b9", "B1", "", "efficientnet-b0"));
                maybe(m, a, "--batch", NUMBERS);
                maybe(m, a, "--alpha", NUMBERS);
                maybe(m, a, "--policy", List.of("efficientnet", "efficientnet-lite", "pycls", "", "other"));
            }
            case 2, 3 -> {
                a.add("scale");
                a.addAll(List.of("--arch", m.pick(ARCHS), "--phi", m.pick(RANGES)));
                maybe(m, a, "--rules", RULES);
                maybe(m, a, "--alpha", NUMBERS);
                maybe(m, a, "--beta", NUMBERS);
                maybe(m, a, "--gamma", NUMBERS);
                maybe(m, a, "--data", DATA);
            }
            case 4, 5 -> {
                a.add("budget");
                a.addAll(List.of("--arch", m.pick(ARCHS)));
                maybe(m, a, m.chance(0.5) ? "--macs" : "--macs-multiplier", NUMBERS);
                maybe(m, a, "--rules", RULES);
                maybe(m, a, "--alpha", NUMBERS);
                maybe(m, a, "--data", DATA);
            }
            case 6 -> {
                a.addAll(List.of("search", "--arch", m.pick(ARCHS), "--dry-run"));
                maybe(m, a, "--grid", GRIDS);
                maybe(m, a, "--target", NUMBERS);
                maybe(m, a, "--tolerance", NUMBERS);
                maybe(m, a, "--budget", List.of("1,3,9", "1,1,1", "0,3,9", "9,3,1", "1,3", "", "1,0,9", "1,3,1000000"));
                maybe(m, a, "--seeds", NUMBERS);
            }
            case 7 -> {
                a.add(m.pick(List.of("runs", "presets", "check")));
                if (a.get(0).equals("runs")) {
                    a.add(m.pick(List.of("list", "show", "export", "delete", "")));
                }
                maybe(m, a, "--db", List.of(dir.resolve("none.db").toString(), "", dir.toString(), "/dev/null"));
                maybe(m, a, "--status", List.of("DONE", "done", "FAILED", "x", ""));
            }
            default -> {
                a.add(m.pick(List.of("train", "sweep")));
                a.addAll(List.of("--arch", m.pick(ARCHS)));
                if (a.get(0).equals("sweep")) {
                    a.addAll(List.of("--phi", m.pick(RANGES)));
                }
                // Never a valid recipe: the case must be refused, not train.
                a.addAll(List.of("--epochs", m.pick(List.of("0", "-1", "1001", "abc", "", "1e3", "NaN"))));
                maybe(m, a, "--train-size", NUMBERS);
                maybe(m, a, "--batch", NUMBERS);
                maybe(m, a, "--lr", NUMBERS);
                a.addAll(List.of("--db", dir.resolve("runs.db").toString()));
            }
        }
        if (m.chance(0.15)) {
            a.add(m.pick(List.of("--json", "--no-such-option", "-x", "--", "--json=yes", "extra", "--help", "-V",
                    "x".repeat(100_000), "--phi")));
        } else if (m.chance(0.6) && !a.get(0).equals("train") && !a.get(0).equals("sweep")) {
            a.add("--json");
        }
        return a;
    }

    private static void maybe(Mutator m, List<String> args, String option, List<String> values) {
        if (m.chance(0.45)) {
            args.add(option);
            if (!m.chance(0.05)) { // sometimes the value is missing
                args.add(m.pick(values));
            }
        }
    }
}
