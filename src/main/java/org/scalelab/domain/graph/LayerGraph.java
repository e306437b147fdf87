package org.scalelab.domain.graph;

import java.util.List;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * A network spec lowered to primitive layers in topological order; the last layer is the classifier.
 * Both the cost model and the DL4J builder walk this one list, so they cannot drift apart.
 */
public record LayerGraph(NetworkSpec spec, List<Layer> layers) {

    public LayerGraph {
        layers = List.copyOf(layers);
    }

    public static LayerGraph of(NetworkSpec spec) {
        return Lowering.lower(spec);
    }

    public Layer output() {
        return layers.get(layers.size() - 1);
    }
}
