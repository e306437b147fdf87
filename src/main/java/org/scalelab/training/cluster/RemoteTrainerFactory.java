package org.scalelab.training.cluster;

/** A kind of cluster a build can train on, registered as a {@code java.util.ServiceLoader} service. */
public interface RemoteTrainerFactory {

    /** Connects to the cluster; throws {@link ClusterException} with the reason when it cannot. */
    RemoteTrainer connect(ClusterSettings settings);
}
