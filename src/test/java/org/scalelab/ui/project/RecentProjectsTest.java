package org.scalelab.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentProjectsTest {
    private final Preferences node = Preferences.userRoot().node("org/scalelab/test/recent-" + System.nanoTime());
    private final RecentProjects recent = new RecentProjects(node);

    @AfterEach
    void tearDown() throws Exception {
        node.removeNode();
    }

    private static Path p(int i) {
        return Path.of("/projects/p" + i + ".json");
    }

    @Test
    void newestComesFirst() {
        recent.add(p(1));
        recent.add(p(2));
        assertEquals(List.of(p(2), p(1)), recent.list());
    }

    @Test
    void reopeningMovesToTheFrontWithoutDuplicates() {
        recent.add(p(1));
        recent.add(p(2));
        recent.add(p(1));
        assertEquals(List.of(p(1), p(2)), recent.list());
    }

    @Test
    void keepsAtMostEight() {
        for (int i = 0; i < 11; i++) {
            recent.add(p(i));
        }
        assertEquals(List.of(p(10), p(9), p(8), p(7), p(6), p(5), p(4), p(3)), recent.list());
    }

    @Test
    void survivesANewInstance() {
        recent.add(p(1));
        assertEquals(List.of(p(1)), new RecentProjects(node).list());
    }
}
