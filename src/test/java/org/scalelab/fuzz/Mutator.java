package org.scalelab.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded hostile edits of the files users hand ScaleLab: bytes, JSON trees, text and stage notation. The same seed
 * gives the same edit, so a failing case can be made again. Shared by the property tests and the jar campaign.
 */
final class Mutator {
    /** Values a careless or hostile file puts where a number, string or object belongs. */
    static final List<String> HOSTILE_VALUES = List.of("null", "0", "-1", "-0", "1", "3", "1e308", "-1e308", "1e400",
            "4.9e-324", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1.5", "0.5", "16", "17", "8193",
            "65537", "100001", "\"\"", "\"x\"", "\" \"", "true", "false", "[]", "{}", "[1]", "{\"a\":1}", "\"NaN\"",
            "\"Infinity\"", "\"\\u0000\"", "\"ＡＢＣ\"", "\"relu \"", "\"SWISH\"", "\"flatten\"", "\"avg\"", "\"max\"",
            "[" .repeat(80) + "]".repeat(80), "\"" + "a".repeat(5000) + "\"", "\"ir_r1_k3_s1_e1_c16\"");
    /** Stage tokens, good and bad, for the notation grammar. */
    static final List<String> TOKENS = List.of("cn", "ir", "er", "rb", "bt", "xx", "r1", "r2", "r0", "r1024", "r1025",
            "r999999999", "r-1", "r+1", "k1", "k3", "k4", "k5", "k7", "k15", "k17", "s1", "s2", "s4", "s5", "s0", "e1",
            "e6", "e0.25", "e0", "e16", "e17", "e.5", "e1.", "e1e1", "eNaN", "c1", "c8", "c16", "c24", "c65536",
            "c65537", "c0", "c-8", "se0.25", "se0", "se1", "se1.5", "se", "relu", "relu6", "swish", "sigmoid",
            "identity", "Relu", "gelu", "", "_", "k٣", "c１６", " ", "r1 ", "q3");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    int below(int n) {
        return random.nextInt(n);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** One to three byte-level edits: flips, cuts, repeats, insertions of NUL, 0xFF or broken UTF-8, truncation. */
    byte[] bytes(byte[] data) {
        byte[] out = data;
        for (int edits = 1 + below(3); edits > 0; edits--) {
            out = oneByteEdit(out);
        }
        return out;
    }

    private byte[] oneByteEdit(byte[] data) {
        int n = data.length;
        int at = n == 0 ? 0 : below(n);
        return switch (below(7)) {
            case 0 -> { // flip a byte
                byte[] copy = data.clone();
                if (n > 0) {
                    copy[at] ^= (byte) (1 + below(255));
                }
                yield copy;
            }
            case 1 -> java.util.Arrays.copyOf(data, at); // truncate
            case 2 -> splice(data, at, Math.min(n, at + 1 + below(64)), new byte[0]); // cut a range
            case 3 -> splice(data, at, at, java.util.Arrays.copyOfRange(data, at, Math.min(n, at + 1 + below(64)))); // repeat
            case 4 -> splice(data, at, at, pick(List.of(new byte[] {0}, new byte[] {(byte) 0xff, (byte) 0xfe},
                    new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                    "\uFEFF".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.US_ASCII))));
            case 5 -> { // overwrite a run with one value
                byte[] copy = data.clone();
                java.util.Arrays.fill(copy, at, Math.min(n, at + 1 + below(32)), (byte) (int) pick(List.of(0, 0xff, 0x7f, (int) '"')));
                yield copy;
            }
            default -> splice(data, at, at, randomBytes(1 + below(16)));
        };
    }

    byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        byte[] out = new byte[data.length - (to - from) + insert.length];
        System.arraycopy(data, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(data, to, out, from + insert.length, data.length - to);
        return out;
    }

    /**
     * A JSON document edited the way people and programs break them: a field set to a hostile value, removed,
     * renamed, added, or its stage string mangled; then sometimes a key given twice, content after the end, a BOM.
     */
    String json(String document) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(document);
        } catch (Exception e) {
            return document;
        }
        for (int edits = 1 + below(2); edits > 0; edits--) {
            editTree(tree);
        }
        String text = tree.toString();
        return switch (below(10)) {
            case 0 -> text.replaceFirst("\\{", "{\"name\": \"twice\", ");
            case 1 -> text + pick(List.of("{}", "x", "]", "\n\n", " // comment", "\u0000"));
            case 2 -> "\uFEFF" + text;
            case 3 -> text.substring(0, below(text.length() + 1));
            case 4 -> pick(List.of("[" + text + "]", "null", "", "   ", "{\"name\":", text.replace(":", "=")));
            default -> text;
        };
    }

    private void editTree(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = pick(containers);
        if (parent instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String field = pick(names);
            switch (below(6)) {
                case 0 -> o.remove(field);
                case 1 -> o.set(field + pick(List.of("s", "_", "X", "")), o.remove(field));
                case 2 -> o.set(pick(List.of("unknown", "Name", "stage", "pool", "maxpool", "expand")), value());
                case 3 -> {
                    JsonNode v = o.get(field);
                    o.set(field, v != null && v.isTextual() && chance(0.5) ? MAPPER.getNodeFactory().textNode(notation(v.textValue())) : value());
                }
                default -> o.set(field, value());
            }
        } else if (parent instanceof ArrayNode a) {
            int i = a.size() == 0 ? 0 : below(a.size());
            switch (below(5)) {
                case 0 -> {
                    if (a.size() > 0) {
                        a.remove(i);
                    }
                }
                case 1 -> a.insert(i, a.size() > 0 ? a.get(i).deepCopy() : value());
                case 2 -> a.insert(i, value());
                default -> {
                    if (a.size() > 0 && a.get(i).isTextual()) {
                        a.set(i, MAPPER.getNodeFactory().textNode(notation(a.get(i).textValue())));
                    } else {
                        a.add(value());
                    }
                }
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.elements().forEachRemaining(child -> collect(child, out));
        }
    }

    JsonNode value() {
        try {
            return MAPPER.readTree(pick(HOSTILE_VALUES));
        } catch (Exception e) {
            return MAPPER.getNodeFactory().nullNode();
        }
    }

    /** A stage string edited token by token: dropped, repeated, replaced by another token, case changed. */
    String notation(String stage) {
        List<String> tokens = new ArrayList<>(List.of(stage.split("_", -1)));
        for (int edits = 1 + below(3); edits > 0; edits--) {
            int i = below(tokens.size());
            switch (below(6)) {
                case 0 -> {
                    if (tokens.size() > 1) {
                        tokens.remove(i);
                    }
                }
                case 1 -> tokens.add(i, tokens.get(i));
                case 2 -> tokens.set(i, tokens.get(i).toUpperCase(java.util.Locale.ROOT));
                case 3 -> tokens.add(i, pick(TOKENS));
                default -> tokens.set(i, pick(TOKENS));
            }
        }
        return String.join(pick(List.of("_", "_", "_", "__", "-", " ")), tokens);
    }

    /** A stage string from the grammar's tokens alone, valid or not. */
    String randomNotation() {
        StringBuilder b = new StringBuilder(pick(List.of("cn", "ir", "er", "rb", "bt", "xx", "")));
        for (int n = below(7); n > 0; n--) {
            b.append('_').append(pick(TOKENS));
        }
        return b.toString();
    }
}
