package org.scalelab.domain.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Whole specs as JSON. Stages are written in the one-line {@link StageNotation}, so a spec file reads like
 * the paper's Table 1:
 * <pre>
 * {"name": "efficientnet-b0",
 *  "input": {"channels": 3, "resolution": 224, "classes": 1000},
 *  "stem": {"kernel": 3, "stride": 2, "channels": 32, "activation": "swish"},
 *  "stages": ["ir_r1_k3_s1_e1_c16_se0.25_swish", ...],
 *  "head": {"channels": 1280, "activation": "swish"},
 *  "classifier": {"dropout": 0.2}}          (optionally "pool": "flatten"; global average by default)
 * </pre>
 * Reading is strict: unknown, mistyped, repeated or null fields and anything after the closing brace are errors
 * that name the field, so a typo never silently becomes a default. What may be left out, and its default, is
 * listed in docs/hostile-input.md; {@code cost} prints every default back.
 */
public final class NetworkSpecJson {
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private NetworkSpecJson() {
    }

    public static String write(NetworkSpec spec) {
        try {
            return MAPPER.writeValueAsString(toTree(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: a tree always serialises", e);
        }
    }

    public static ObjectNode toTree(NetworkSpec spec) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", spec.name());
        if (!spec.description().isEmpty()) {
            root.put("description", spec.description());
        }
        ObjectNode in = root.putObject("input");
        in.put("channels", spec.input().channels());
        in.put("resolution", spec.input().resolution());
        in.put("classes", spec.input().classes());
        ObjectNode stem = root.putObject("stem");
        stem.put("kernel", spec.stem().kernel());
        stem.put("stride", spec.stem().stride());
        stem.put("channels", spec.stem().channels());
        stem.put("activation", spec.stem().activation().label());
        stem.put("maxPool", spec.stem().maxPool());
        ArrayNode stages = root.putArray("stages");
        spec.stages().forEach(s -> stages.add(s.notation()));
        ObjectNode head = root.putObject("head");
        head.put("channels", spec.head().channels());
        head.put("activation", spec.head().activation().label());
        ObjectNode classifier = root.putObject("classifier");
        classifier.put("dropout", spec.classifier().dropout());
        if (spec.classifier().pooling() != Pooling.AVG) {
            classifier.put("pool", spec.classifier().pooling().label());
        }
        return root;
    }

    public static NetworkSpec read(String json) {
        JsonNode root;
        try {
            root = StrictJson.read(json);
        } catch (IllegalArgumentException e) {
            throw new SpecException("", e.getMessage());
        }
        return fromTree(root);
    }

    public static NetworkSpec fromTree(JsonNode root) {
        Obj r = new Obj(root, "", Set.of("name", "description", "input", "stem", "stages", "head", "classifier"));
        String name = r.text("name", null);
        String description = r.text("description", "");
        Obj in = r.object("input", Set.of("channels", "resolution", "classes"));
        InputSpec input = in.build(() -> new InputSpec(in.integer("channels"), in.integer("resolution"), in.integer("classes")));
        Obj st = r.object("stem", Set.of("kernel", "stride", "channels", "activation", "maxPool"));
        StemSpec stem = st.build(() -> new StemSpec(st.integer("kernel"), st.integer("stride"), st.integer("channels"),
                Activation.parse(st.text("activation", "relu"), "stem.activation"), st.bool("maxPool", false)));
        List<StageSpec> stages = r.stages("stages");
        HeadSpec head = HeadSpec.NONE;
        if (r.has("head")) {
            Obj h = r.object("head", Set.of("channels", "activation"));
            head = h.build(() -> new HeadSpec(h.integer("channels"),
                    Activation.parse(h.text("activation", "relu"), "head.activation")));
        }
        ClassifierSpec classifier = new ClassifierSpec(0);
        if (r.has("classifier")) {
            Obj c = r.object("classifier", Set.of("dropout", "pool"));
            classifier = c.build(() -> new ClassifierSpec(c.decimal("dropout", 0),
                    Pooling.parse(c.text("pool", "avg"), "classifier.pool")));
        }
        return new NetworkSpec(name, description, input, stem, stages, head, classifier);
    }

    /** A JSON object under a path, with typed, path-naming accessors. */
    private record Obj(JsonNode node, String path, Set<String> allowed) {
        Obj {
            if (node == null || !node.isObject()) {
                throw new SpecException(path, node == null ? "missing" : "must be a JSON object");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    throw new SpecException(at(path, f), "unknown field; expected one of " + allowed);
                }
                if (node.get(f).isNull()) {
                    // "pool": null once meant "the default", silently: say so instead of guessing what was meant.
                    throw new SpecException(at(path, f), "null is not a value here; give one, or leave the field out"
                            + " for its default");
                }
            }
        }

        boolean has(String f) {
            return node.has(f);
        }

        private JsonNode required(String f) {
            if (!has(f)) {
                throw new SpecException(at(path, f), "missing");
            }
            return node.get(f);
        }

        int integer(String f) {
            JsonNode v = required(f);
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new SpecException(at(path, f), v + " is not a whole number");
            }
            return v.intValue();
        }

        double decimal(String f, double dflt) {
            if (!has(f)) {
                return dflt;
            }
            JsonNode v = node.get(f);
            if (!v.isNumber()) {
                throw new SpecException(at(path, f), v + " is not a number");
            }
            return v.doubleValue();
        }

        boolean bool(String f, boolean dflt) {
            if (!has(f)) {
                return dflt;
            }
            JsonNode v = node.get(f);
            if (!v.isBoolean()) {
                throw new SpecException(at(path, f), v + " is not true or false");
            }
            return v.booleanValue();
        }

        String text(String f, String dflt) {
            if (!has(f)) {
                if (dflt == null) {
                    throw new SpecException(at(path, f), "missing");
                }
                return dflt;
            }
            JsonNode v = node.get(f);
            if (!v.isTextual()) {
                throw new SpecException(at(path, f), v + " is not a string");
            }
            return v.textValue();
        }

        Obj object(String f, Set<String> fields) {
            return new Obj(required(f), at(path, f), fields);
        }

        List<StageSpec> stages(String f) {
            JsonNode v = required(f);
            if (!v.isArray()) {
                throw new SpecException(at(path, f), "must be a list of stage strings like \"ir_r2_k3_s2_e6_c24_se0.25_swish\"");
            }
            List<StageSpec> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String where = at(path, f) + "[" + i + "]";
                if (!v.get(i).isTextual()) {
                    throw new SpecException(where, v.get(i) + " is not a stage string");
                }
                try {
                    out.add(StageNotation.parse(v.get(i).textValue()));
                } catch (SpecException e) {
                    throw e.under(where);
                }
            }
            return out;
        }

        /** Runs a record constructor, putting this object's path in front of the field it complains about. */
        <T> T build(java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (SpecException e) {
                return rethrow(e);
            }
        }

        private <T> T rethrow(SpecException e) {
            if (e.field().startsWith(path + ".") || e.field().equals(path)) {
                throw e;
            }
            throw e.under(path);
        }

        private static String at(String path, String f) {
            return path.isEmpty() ? f : path + "." + f;
        }
    }
}
