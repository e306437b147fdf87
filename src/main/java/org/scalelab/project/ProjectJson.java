package org.scalelab.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.domain.spec.StrictJson;
import org.scalelab.training.data.FashionMnist;
import org.scalelab.training.store.RecipeJson;

/**
 * A project as JSON:
 * <pre>{"format": "scalelab-project", "version": 1, "baseline": {spec}, "coefficients": {"alpha", "beta", "gamma"},
 *  "phi": 1.0, "rules": ["compound", ...], "recipe": {recipe}, "dataset": "fashion-mnist-bundled-v2",
 *  "seeds": 3, "fitCurves": true, "budget": 2.0, "phiStep": 1.0}</pre>
 * The last three are optional (1, false and none when absent) and written only when they differ from that, so
 * files from before them read as they did, and a project that does not use them stays readable by older versions.
 * Reading checks every field and throws {@link IllegalArgumentException} naming the field.
 */
public final class ProjectJson {
    public static final String FORMAT = "scalelab-project";
    public static final int VERSION = 1;
    private static final Set<String> FIELDS = Set.of("format", "version", "baseline", "coefficients", "phi", "rules",
            "recipe", "dataset", "seeds", "fitCurves", "budget", "phiStep");
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private ProjectJson() {
    }

    public static String write(Project p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.set("baseline", NetworkSpecJson.toTree(p.baseline()));
        ObjectNode c = o.putObject("coefficients");
        c.put("alpha", p.coefficients().alpha());
        c.put("beta", p.coefficients().beta());
        c.put("gamma", p.coefficients().gamma());
        o.put("phi", p.phi());
        ArrayNode rules = o.putArray("rules");
        p.rules().forEach(r -> rules.add(r.id()));
        try {
            o.set("recipe", MAPPER.readTree(RecipeJson.write(p.recipe())));
            o.put("dataset", p.dataset());
            if (p.seeds() != 1) {
                o.put("seeds", p.seeds());
            }
            if (p.fitCurves()) {
                o.put("fitCurves", true);
            }
            if (p.budget() != null) {
                o.put("budget", p.budget());
            }
            if (p.phiStep() != Project.DEFAULT_PHI_STEP) {
                o.put("phiStep", p.phiStep());
            }
            return MAPPER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a project", e);
        }
    }

    public static Project read(String json) {
        JsonNode o = StrictJson.read(json);
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("not a project: expected a JSON object");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(f + ": unknown field");
            }
        }
        if (!FORMAT.equals(o.path("format").asText(null))) {
            throw new IllegalArgumentException("format: expected \"" + FORMAT + "\"");
        }
        if (!o.path("version").canConvertToInt() || o.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException("version: " + o.path("version") + " is not supported (expected " + VERSION + ")");
        }
        JsonNode spec = required(o, "baseline");
        var baseline = field("baseline", () -> NetworkSpecJson.fromTree(spec));
        JsonNode c = required(o, "coefficients");
        CompoundCoefficients coefficients = field("coefficients", () -> new CompoundCoefficients(
                number(c, "coefficients.alpha"), number(c, "coefficients.beta"), number(c, "coefficients.gamma")));
        double phi = number(o, "phi");
        JsonNode rulesNode = required(o, "rules");
        if (!rulesNode.isArray()) {
            throw new IllegalArgumentException("rules: expected a list of rule names");
        }
        List<ScalingRule> rules = new ArrayList<>();
        for (int i = 0; i < rulesNode.size(); i++) {
            String id = rulesNode.get(i).asText();
            int at = i;
            rules.add(field("rules[" + at + "]", () -> ScalingRule.parse(id)));
        }
        JsonNode recipe = required(o, "recipe");
        var r = field("recipe", () -> RecipeJson.read(recipe.toString()));
        JsonNode ds = required(o, "dataset");
        if (!ds.isTextual() || ds.asText().isBlank()) {
            throw new IllegalArgumentException("dataset: expected a dataset id");
        }
        JsonNode seedsNode = o.get("seeds");
        if (seedsNode != null && !(seedsNode.isIntegralNumber() && seedsNode.canConvertToInt())) {
            throw new IllegalArgumentException("seeds: " + seedsNode + " is not a whole number");
        }
        int seeds = seedsNode == null ? 1 : seedsNode.asInt();
        JsonNode fitNode = o.get("fitCurves");
        if (fitNode != null && !fitNode.isBoolean()) {
            throw new IllegalArgumentException("fitCurves: " + fitNode + " is not true or false");
        }
        boolean fit = fitNode != null && fitNode.asBoolean();
        Double budget = o.has("budget") ? number(o, "budget") : null;
        double phiStep = o.has("phiStep") ? number(o, "phiStep") : Project.DEFAULT_PHI_STEP;
        // A project saved with the earlier bundle opens on the current one (the old bundle is no longer shipped).
        String dataset = FashionMnist.currentId(ds.asText());
        return field("project", () -> new Project(baseline, coefficients, phi, rules, r, dataset, seeds, fit, budget,
                phiStep));
    }

    private static JsonNode required(JsonNode o, String name) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) {
            throw new IllegalArgumentException(name + ": missing");
        }
        return n;
    }

    private static double number(JsonNode o, String path) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        JsonNode n = required(o, name);
        if (!n.isNumber()) {
            throw new IllegalArgumentException(path + ": " + n + " is not a number");
        }
        return n.asDouble();
    }

    private static <T> T field(String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new IllegalArgumentException(m.startsWith(name) ? m : name + ": " + m, e);
        }
    }
}
