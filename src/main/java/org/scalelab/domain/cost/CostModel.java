package org.scalelab.domain.cost;

import java.util.ArrayList;
import java.util.List;
import org.scalelab.domain.graph.Layer;
import org.scalelab.domain.graph.LayerGraph;
import org.scalelab.domain.graph.Site;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageSpec;

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
        NetworkSpec spec = graph.spec();
        int stages = spec.stages().size();
        // Accumulators per part: index 0 = stem, 1..n = stages, n+1 = head, n+2 = classifier.
        int parts = stages + 3;
        long[] params = new long[parts];
        long[] bn = new long[parts];
        long[] macs = new long[parts];
        long[] acts = new long[parts];
        int[] outC = new int[parts];
        int[] outR = new int[parts];
        boolean[] seen = new boolean[parts];
        long outputElements = 0;
        for (Layer l : graph.layers()) {
            int p = partIndex(l.site(), stages);
            params[p] += l.params();
            bn[p] += l.bnStats();
            macs[p] += l.macs();
            acts[p] += l.activations();
            outputElements += l.outputElements();
            seen[p] = true;
            if (!l.isVector() || p == parts - 1) {
                outC[p] = l.outChannels();
                outR[p] = l.outSize();
            }
        }
        List<StageCost> rows = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            if (seen[p]) {
                rows.add(new StageCost(label(p, stages), notation(spec, p, stages), blocks(spec, p, stages),
                        outC[p], outR[p], params[p], bn[p], macs[p], acts[p]));
            }
        }
        return new NetworkCost(graph, rows, sum(params), sum(bn), sum(macs), sum(acts), outputElements);
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

    private static String notation(NetworkSpec spec, int p, int stages) {
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
        return "avgpool" + (spec.classifier().dropout() > 0 ? " + dropout " + spec.classifier().dropout() : "")
                + " + fc " + spec.input().classes();
    }

    private static int blocks(NetworkSpec spec, int p, int stages) {
        if (p >= 1 && p <= stages) {
            StageSpec st = spec.stages().get(p - 1);
            return st.repeats();
        }
        return 1;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
