package org.scalelab.domain.cost;

import java.util.ArrayList;
import java.util.List;
import org.scalelab.domain.graph.Layer;
import org.scalelab.domain.graph.LayerGraph;
import org.scalelab.domain.graph.Site;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * Adds up the analytic cost of a spec from its {@link LayerGraph}, the same layers the DL4J builder builds.
 * Conventions are on {@link Layer}; the result reproduces torchvision's EfficientNet-B0 (5,288,548 params)
 * and the paper's B0–B7 table.
 */
public final class CostModel {
    private CostModel() {
    }

    public static NetworkCost of(NetworkSpec spec) {
        return of(LayerGraph.of(spec));
    }

    public static NetworkCost of(LayerGraph graph) {
        long params = 0;
        long bn = 0;
        long macs = 0;
        long acts = 0;
        long outputs = 0;
        for (Layer l : graph.layers()) {
            params += l.params();
            bn += l.bnStats();
            macs += l.macs();
            acts += l.activations();
            outputs += l.outputElements();
        }
        return new NetworkCost(graph, params, bn, macs, acts, outputs);
    }

    /** One row per part: index 0 = stem, 1..n = stages, n+1 = head, n+2 = classifier. */
    static List<StageCost> parts(LayerGraph graph) {
        NetworkSpec spec = graph.spec();
        int stages = spec.stages().size();
        int count = stages + 3;
        long[] params = new long[count];
        long[] bn = new long[count];
        long[] macs = new long[count];
        long[] acts = new long[count];
        int[] outC = new int[count];
        int[] outR = new int[count];
        boolean[] seen = new boolean[count];
        for (Layer l : graph.layers()) {
            int p = partIndex(l.site(), stages);
            params[p] += l.params();
            bn[p] += l.bnStats();
            macs[p] += l.macs();
            acts[p] += l.activations();
            seen[p] = true;
            if (!l.isVector() || p == count - 1) {
                outC[p] = l.outChannels();
                outR[p] = l.outSize();
            }
        }
        List<StageCost> rows = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            if (seen[p]) {
                int blocks = p >= 1 && p <= stages ? spec.stages().get(p - 1).repeats() : 1;
                rows.add(new StageCost(label(p, stages), layout(spec, p, stages), blocks, outC[p], outR[p], params[p],
                        bn[p], macs[p], acts[p]));
            }
        }
        return List.copyOf(rows);
    }

    private static int partIndex(Site s, int stages) {
        return switch (s.part()) {
            case STEM -> 0;
            case STAGE -> s.stage() + 1;
            case HEAD -> stages + 1;
            case CLASSIFIER -> stages + 2;
        };
    }

    private static String label(int p, int stages) {
        if (p == 0) {
            return "stem";
        }
        if (p <= stages) {
            return "stage " + p;
        }
        return p == stages + 1 ? "head" : "classifier";
    }

    private static String layout(NetworkSpec spec, int p, int stages) {
        if (p == 0) {
            var s = spec.stem();
            return "conv" + s.kernel() + "x" + s.kernel() + " s" + s.stride() + " c" + s.channels() + " "
                    + s.activation() + (s.maxPool() ? " + maxpool" : "");
        }
        if (p <= stages) {
            return spec.stages().get(p - 1).notation();
        }
        if (p == stages + 1) {
            return "conv1x1 c" + spec.head().channels() + " " + spec.head().activation();
        }
        return spec.classifier().pooling() + (spec.classifier().dropout() > 0 ? " + dropout " + spec.classifier().dropout() : "")
                + " + fc " + spec.input().classes();
    }
}
