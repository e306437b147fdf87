package org.scalelab.ui.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The most recently used project files, newest first, at most {@value #MAX}, kept in user preferences. */
public final class RecentProjects {
    public static final int MAX = 8;
    private static final String KEY = "recent.";
    private final Preferences node;

    /** The application's own preferences node. */
    public RecentProjects() {
        this(Preferences.userRoot().node("org/scalelab/ui/project"));
    }

    public RecentProjects(Preferences node) {
        this.node = node;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = node.get(KEY + i, null);
            if (v != null && !v.isBlank()) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Moves a file to the front (adding it if new) and drops the oldest beyond {@value #MAX}. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(abs);
        files.add(0, abs);
        store(files);
    }

    public void remove(Path file) {
        List<Path> files = new ArrayList<>(list());
        files.remove(file.toAbsolutePath().normalize());
        store(files);
    }

    private void store(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences stay in memory for this session
        }
    }
}
