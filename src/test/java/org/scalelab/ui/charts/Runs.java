package org.scalelab.ui.charts;

import java.util.List;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.workbench.WorkbenchModel;

/** Test helpers: grid look-ups and stored runs with a given accuracy. */
public final class Runs {
    private Runs() {
    }

    static Variant variant(WorkbenchModel model, ScalingRule rule, double phi) {
        return model.gridProperty().get().stream().filter(v -> v.rule() == rule && v.phi() == phi).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " variant at φ " + phi));
    }

    static RunRecord record(WorkbenchModel model, Variant v, RunStatus status, double accuracy) {
        var request = model.requestFor(v);
        RunResult result = status == RunStatus.DONE ? new RunResult(accuracy, 10, 100, 1, "test") : null;
        return new RunRecord(request.key(), request, status, List.of(), result, null, 0, 0);
    }

    /** A finished run of one seed of a grid variant. */
    static void doneSeed(WorkbenchModel model, ScalingRule rule, double phi, long seed, double accuracy) {
        Variant v = variant(model, rule, phi);
        var request = model.requestFor(v, seed);
        model.runs().put(request.key(), new RunRecord(request.key(), request, RunStatus.DONE, List.of(),
                new RunResult(accuracy, 10, 100, 1, "test"), null, 0, 0));
    }

    public static void done(WorkbenchModel model, ScalingRule rule, double phi, double accuracy) {
        Variant v = variant(model, rule, phi);
        model.runs().put(model.requestFor(v).key(), record(model, v, RunStatus.DONE, accuracy));
    }
}
