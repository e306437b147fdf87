package org.scalelab.training.cluster.spark;

import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.RemoteTrainer;
import org.scalelab.training.cluster.RemoteTrainerFactory;

/** Registers Spark as the cluster of the Spark edition (META-INF/services). */
public final class SparkTrainerFactory implements RemoteTrainerFactory {
    @Override
    public RemoteTrainer connect(ClusterSettings settings) {
        return new SparkTrainer(settings);
    }
}
