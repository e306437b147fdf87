package org.scalelab.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one case ended, judged as a user would: a refusal is exit code 2 with one line on standard error naming the
 * problem; an answer is exit code 0 with nothing insane in it (no NaN or infinity, no cost that is zero or
 * negative). Everything else is a finding.
 */
enum Verdict {
    REFUSED_IN_ONE_LINE(true, "exit 2 with one line"),
    SANE_ANSWER(true, "exit 0 with a sane answer"),
    STACK_TRACE(false, "stack trace"),
    HANG(false, "hang (time limit)"),
    OTHER_EXIT(false, "other exit code"),
    NOT_ONE_LINE(false, "exit 2 without one plain line"),
    INSANE_ANSWER(false, "exit 0 with an insane answer");

    /** Costs and sizes: a network has some of each, so 0 or less means a bug. */
    private static final Set<String> POSITIVE = Set.of("params", "macs", "flops", "activations", "resolution",
            "target_macs", "memory_bytes", "total", "train", "test", "classes", "height", "width", "channels");
    /** Ratios that must be finite and positive wherever they appear. */
    private static final Set<String> POSITIVE_RATIO = Set.of("macs_ratio", "multiplier", "predicted_flops_multiplier",
            "depth", "width_multiplier", "resolution_multiplier");
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    final boolean good;
    final String label;

    Verdict(boolean good, String label) {
        this.good = good;
        this.label = label;
    }

    /** @param exit the exit code, or null when the time limit ended the process */
    static Judgement judge(FuzzCase c, Integer exit, String out, String err) {
        if (exit == null) {
            return new Judgement(HANG, "no answer within the time limit");
        }
        if (err.contains("Exception") || err.contains("\tat ") || err.contains("Error:") && err.contains("java.")) {
            return new Judgement(STACK_TRACE, firstLines(err));
        }
        if (exit == 2) {
            List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
            boolean plain = lines.size() == 1 && lines.get(0).chars().noneMatch(Character::isISOControl);
            if (plain && lines.get(0).startsWith("scalelab: ")) {
                return new Judgement(REFUSED_IN_ONE_LINE, lines.get(0));
            }
            return new Judgement(NOT_ONE_LINE, firstLines(err));
        }
        if (exit != 0) {
            return new Judgement(OTHER_EXIT, "exit " + exit + ": " + firstLines(err));
        }
        String insane = insanity(c, out);
        return insane == null ? new Judgement(SANE_ANSWER, "") : new Judgement(INSANE_ANSWER, insane);
    }

    /** What is insane about an answer, or null. JSON answers are checked field by field, text for NaN and infinity. */
    static String insanity(FuzzCase c, String out) {
        if (!c.args().contains("--json") || c.args().contains("--help") || c.args().contains("-V")) {
            return out.contains("NaN") || out.contains("Infinity") ? "NaN or infinity in: " + firstLines(out) : null;
        }
        JsonNode root;
        try {
            root = LENIENT.readTree(out);
        } catch (Exception e) {
            return "--json but not JSON: " + firstLines(out);
        }
        return root == null ? "--json but nothing printed" : walk(root, "");
    }

    private static String walk(JsonNode node, String path) {
        if (node.isNumber()) {
            double v = node.doubleValue();
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (!Double.isFinite(v)) {
                return path + " = " + node;
            }
            if (POSITIVE.contains(key) && v <= 0 || POSITIVE_RATIO.contains(key) && !(v > 0)) {
                return path + " = " + node;
            }
            return null;
        }
        for (var it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String found = walk(e.getValue(), path + "." + e.getKey());
            if (found != null) {
                return found;
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            String found = walk(node.get(i), path + "[" + i + "]");
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String firstLines(String text) {
        List<String> lines = text.lines().limit(3).toList();
        String joined = String.join(" | ", lines);
        return joined.length() > 400 ? joined.substring(0, 400) + "…" : joined;
    }

    record Judgement(Verdict verdict, String detail) {
    }
}
