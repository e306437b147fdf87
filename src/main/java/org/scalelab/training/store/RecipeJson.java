package org.scalelab.training.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import org.scalelab.domain.spec.StrictJson;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Optimizer;
import org.scalelab.training.Recipe;

/**
 * Recipes as JSON with field names of their own, so renaming a record component can never silently change
 * what stored rows mean. Reading is strict: a missing, unknown, duplicated or mistyped field is an error
 * that names it, never a default.
 */
public final class RecipeJson {
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;
    private static final List<String> FIELDS = List.of("epochs", "batchSize", "optimizer", "learningRate", "schedule",
            "weightDecay", "seed", "trainSize", "validationFraction");

    private RecipeJson() {
    }

    public static String write(Recipe r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("epochs", r.epochs());
        o.put("batchSize", r.batchSize());
        o.put("optimizer", r.optimizer().name());
        o.put("learningRate", r.learningRate());
        o.put("schedule", r.schedule().name());
        o.put("weightDecay", r.weightDecay());
        o.put("seed", r.seed());
        o.put("trainSize", r.trainSize());
        o.put("validationFraction", r.validationFraction());
        return o.toString();
    }

    /** @throws IllegalArgumentException naming the field, e.g. {@code recipe.batchSize: 3.5 is not a whole number} */
    public static Recipe read(String json) {
        JsonNode o = parse(json);
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw problem(f, "unknown field; expected " + FIELDS);
            }
        }
        int epochs = integer(o, "epochs");
        int batchSize = integer(o, "batchSize");
        Optimizer optimizer = name(o, "optimizer", Optimizer.class);
        double learningRate = decimal(o, "learningRate");
        LearningRateSchedule schedule = name(o, "schedule", LearningRateSchedule.class);
        double weightDecay = decimal(o, "weightDecay");
        long seed = whole(o, "seed");
        int trainSize = integer(o, "trainSize");
        double validationFraction = decimal(o, "validationFraction");
        try {
            return new Recipe(epochs, batchSize, optimizer, learningRate, schedule, weightDecay, seed, trainSize,
                    validationFraction);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("recipe: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String json) {
        JsonNode root;
        try {
            root = StrictJson.read(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("recipe: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("recipe: must be a JSON object");
        }
        return root;
    }

    private static JsonNode required(JsonNode o, String f) {
        JsonNode v = o.get(f);
        if (v == null || v.isNull()) {
            throw problem(f, "missing");
        }
        return v;
    }

    private static long whole(JsonNode o, String f) {
        JsonNode v = required(o, f);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw problem(f, v + " is not a whole number");
        }
        return v.longValue();
    }

    private static int integer(JsonNode o, String f) {
        long v = whole(o, f);
        if (v != (int) v) {
            throw problem(f, v + " is too large");
        }
        return (int) v;
    }

    private static double decimal(JsonNode o, String f) {
        JsonNode v = required(o, f);
        if (!v.isNumber()) {
            throw problem(f, v + " is not a number");
        }
        return v.doubleValue();
    }

    private static <E extends Enum<E>> E name(JsonNode o, String f, Class<E> type) {
        JsonNode v = required(o, f);
        for (E e : type.getEnumConstants()) {
            if (v.isTextual() && e.name().equals(v.textValue())) {
                return e;
            }
        }
        throw problem(f, v + " is not one of " + List.of(type.getEnumConstants()));
    }

    private static IllegalArgumentException problem(String field, String what) {
        return new IllegalArgumentException("recipe." + field + ": " + what);
    }
}
