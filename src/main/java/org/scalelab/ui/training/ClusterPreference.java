package org.scalelab.ui.training;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.scalelab.training.cluster.ClusterSettings;

/**
 * Where the workbench's jobs train, remembered in user preferences (as the recent projects are), not in the project
 * file: a cluster belongs to the user's machine and network, while a project travels to people who cannot reach it,
 * and a run's key and results do not depend on where it trained.
 */
public final class ClusterPreference {
    private static final String KEY = "sparkMaster";
    private final Preferences node;

    /** The application's own preferences node. */
    public ClusterPreference() {
        this(Preferences.userRoot().node("org/scalelab/ui/training"));
    }

    public ClusterPreference(Preferences node) {
        this.node = node;
    }

    /** The remembered master URL, or null for this machine (also when what is stored is no longer a valid URL). */
    public String master() {
        String v = node.get(KEY, null);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new ClusterSettings(v.strip(), 1, java.util.Map.of()).master();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Remembers a master URL, or this machine for null. */
    public void master(String master) {
        if (master == null) {
            node.remove(KEY);
        } else {
            node.put(KEY, master);
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept in memory for this session
        }
    }

    /**
     * Where the window's jobs train when it opens: {@code --spark-master} ({@code -Dscalelab.sparkMaster}) for this
     * session, else the remembered cluster; always this machine (null) in a build without Spark.
     */
    public String atStart(boolean sparkAvailable) {
        if (!sparkAvailable) {
            return null;
        }
        String given = System.getProperty(ClusterSettings.PROPERTY);
        return given != null ? given : master();
    }
}
