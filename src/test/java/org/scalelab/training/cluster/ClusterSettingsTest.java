package org.scalelab.training.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void acceptsStandaloneMastersAndLocalModes() {
        for (String m : new String[] {"spark://node1:7077", "spark://10.0.0.5:7077,10.0.0.6:7077", "local", "local[4]",
                "local[*]"}) {
            assertEquals(m, new ClusterSettings(m, 1, Map.of()).master());
        }
        assertTrue(new ClusterSettings("local[2]", 1, Map.of()).local());
        assertFalse(new ClusterSettings("spark://h:7077", 1, Map.of()).local());
    }

    @Test
    void refusesAnythingElseSayingWhatItExpects() {
        for (String m : new String[] {"yarn", "spark://host", "http://h:7077", "local[0]", "local[x]", "spark://h:77a", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClusterSettings(m, 1, Map.of()));
            assertEquals("'" + m + "' is neither spark://HOST:PORT nor local[N]", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new ClusterSettings("local", 0, Map.of()));
    }

    @Test
    void readsSparkSettings() {
        assertEquals(Map.entry("spark.executor.memory", "4g"), ClusterSettings.confEntry("spark.executor.memory=4g"));
        assertEquals(Map.entry("spark.executor.extraJavaOptions", "-Da=b"),
                ClusterSettings.confEntry("spark.executor.extraJavaOptions=-Da=b"));
        for (String bad : new String[] {"executor.memory=4g", "spark.x", "spark.x=", "=4g"}) {
            assertThrows(IllegalArgumentException.class, () -> ClusterSettings.confEntry(bad), bad);
        }
    }
}
