package org.scalelab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scalelab.domain.cost.MemoryEstimate;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.cost.StageCost;
import org.scalelab.domain.scaling.Multipliers;

/** JSON output of the CLI, snake_case keys, one shape for a cost wherever it appears. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Totals of a cost: params, bn_stats, macs, flops, activations, resolution. */
    static ObjectNode totals(ObjectNode o, NetworkCost c) {
        o.put("name", c.spec().name());
        o.put("resolution", c.spec().input().resolution());
        o.put("params", c.params());
        o.put("bn_stats", c.bnStats());
        o.put("macs", c.macs());
        o.put("flops", c.flops());
        o.put("activations", c.activations());
        return o;
    }

    static ObjectNode multipliers(Multipliers m) {
        ObjectNode o = object();
        o.put("depth", m.depth());
        o.put("width", m.width());
        o.put("resolution", m.resolution());
        return o;
    }

    static ArrayNode stages(NetworkCost c) {
        ArrayNode rows = array();
        for (StageCost s : c.parts()) {
            ObjectNode r = rows.addObject();
            r.put("part", s.label());
            r.put("layout", s.notation());
            r.put("blocks", s.blocks());
            r.put("out_channels", s.outChannels());
            r.put("out_resolution", s.outResolution());
            r.put("params", s.params());
            r.put("bn_stats", s.bnStats());
            r.put("macs", s.macs());
            r.put("activations", s.activations());
        }
        return rows;
    }

    static ObjectNode memory(MemoryEstimate m) {
        ObjectNode o = object();
        o.put("batch_size", m.batchSize());
        o.put("weights", m.weightBytes());
        o.put("gradients", m.gradientBytes());
        o.put("optimizer", m.optimizerBytes());
        o.put("activations", m.activationBytes());
        o.put("total", m.totalBytes());
        return o;
    }
}
