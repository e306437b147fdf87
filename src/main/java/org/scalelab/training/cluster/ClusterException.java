package org.scalelab.training.cluster;

/**
 * The cluster cannot train the runs it was given: its master is unreachable or went away, no build with cluster
 * support is running, or a worker cannot read the data. The message is one line for the user. Runs that finished
 * before are stored; the others are left to resume on the next start.
 */
public final class ClusterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean userInput;

    /** @param userInput the user can fix it by what they ask for (a --data path, a master URL): exit code 2 */
    public ClusterException(String message, boolean userInput) {
        super(message);
        this.userInput = userInput;
    }

    public ClusterException(String message, boolean userInput, Throwable cause) {
        super(message, cause);
        this.userInput = userInput;
    }

    public boolean userInput() {
        return userInput;
    }
}
