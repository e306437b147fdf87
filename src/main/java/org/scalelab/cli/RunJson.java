package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;

/** A stored run as one JSON object: what was trained, how it ended, and its numbers. */
final class RunJson {
    private RunJson() {
    }

    static ObjectNode of(RunRecord r, long params, long macs) {
        RunRequest q = r.request();
        ObjectNode o = Json.object();
        o.put("run_id", r.id());
        o.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        o.put("name", q.baseline());
        o.put("rule", q.rule());
        putNumber(o, "phi", q.phi());
        o.put("depth", q.multipliers().depth());
        o.put("width", q.multipliers().width());
        o.put("resolution_multiplier", q.multipliers().resolution());
        o.put("resolution", q.spec().input().resolution());
        o.put("params", params);
        o.put("macs", macs);
        o.put("dataset", q.dataset());
        o.put("epochs", r.epochsDone());
        o.put("seed", q.recipe().seed());
        if (r.result() != null) {
            o.put("test_accuracy", r.result().testAccuracy());
            o.put("train_seconds", r.result().trainSeconds());
            o.put("images_per_second", r.result().imagesPerSecond());
            o.put("latency_ms", r.result().latencyMillis());
            o.put("device", r.result().device());
            o.put("device_kind", r.result().deviceKind().name());
        } else {
            o.putNull("test_accuracy");
        }
        if (r.error() != null) {
            o.put("error", r.error());
        }
        return o;
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }
}
