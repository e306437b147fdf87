package org.scalelab.training.cluster;

import java.util.ServiceLoader;

/**
 * The cluster support this build has. The default build has none (Spark adds about 180 MB of jars), so asking it for a
 * cluster fails with a line saying how to build the edition that has it.
 */
public final class Clusters {
    public static final String NO_SPARK = "this build of ScaleLab has no Spark support; build the Spark edition with"
            + " 'mvn -B -Pspark package -DskipTests' and run target-spark/scalelab.jar (see docs/cluster.md)";

    private Clusters() {
    }

    public static boolean available() {
        return ServiceLoader.load(RemoteTrainerFactory.class, Clusters.class.getClassLoader()).findFirst().isPresent();
    }

    /** @throws ClusterException when this build has no cluster support or the cluster cannot be reached */
    public static RemoteTrainer connect(ClusterSettings settings) {
        RemoteTrainerFactory factory = ServiceLoader.load(RemoteTrainerFactory.class, Clusters.class.getClassLoader())
                .findFirst().orElseThrow(() -> new ClusterException(NO_SPARK, true));
        return factory.connect(settings);
    }
}
