package org.scalelab.training.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.training.RunRequest;
import org.scalelab.training.store.RecipeJson;

/**
 * A run request as JSON, the way it travels to an executor: the spec and recipe in their stored forms, so the
 * executor computes the same run key (checked there: see {@link TaskRunner}).
 */
final class RunRequestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunRequestJson() {
    }

    static String write(RunRequest r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("baseline", r.baseline());
        o.put("rule", r.rule());
        o.put("phi", Double.isNaN(r.phi()) ? null : r.phi());
        o.put("depth", r.multipliers().depth());
        o.put("width", r.multipliers().width());
        o.put("resolution", r.multipliers().resolution());
        o.put("spec", NetworkSpecJson.write(r.spec()));
        o.put("dataset", r.dataset());
        o.put("recipe", RecipeJson.write(r.recipe()));
        return o.toString();
    }

    static RunRequest read(String json) {
        try {
            JsonNode o = MAPPER.readTree(json);
            JsonNode phi = o.get("phi");
            return new RunRequest(o.get("baseline").asText(), o.get("rule").asText(),
                    phi == null || phi.isNull() ? Double.NaN : phi.asDouble(),
                    new Multipliers(o.get("depth").asDouble(), o.get("width").asDouble(), o.get("resolution").asDouble()),
                    NetworkSpecJson.read(o.get("spec").asText()), o.get("dataset").asText(),
                    RecipeJson.read(o.get("recipe").asText()));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable run request: " + e.getMessage(), e);
        }
    }
}
