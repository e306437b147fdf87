package org.scalelab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.device.DeviceMode;

/** The window's --device: taken out of its arguments and handed to the training backend as a property. */
class LauncherDeviceOptionTest {

    @AfterEach
    void clear() {
        System.clearProperty(DeviceMode.PROPERTY);
    }

    @Test
    void deviceIsTakenOutAndSet() {
        assertArrayEquals(new String[] {"--db", "x.db", "--lecture"},
                Launcher.takeDevice(new String[] {"--db", "x.db", "--device", "CPU", "--lecture"}));
        assertEquals("cpu", System.getProperty(DeviceMode.PROPERTY));
        assertArrayEquals(new String[] {"--snapshot", "a.png"}, Launcher.takeDevice(new String[] {"--device=gpu", "--snapshot", "a.png"}));
        assertEquals("gpu", System.getProperty(DeviceMode.PROPERTY));
    }

    @Test
    void theWindowsClusterIsTakenOutAndChecked() {
        try {
            assertThrows(IllegalArgumentException.class, () -> Launcher.takeSparkMaster(new String[] {"--spark-master", "yarn"}));
            if (Clusters.available()) {
                assertArrayEquals(new String[] {"--lecture"},
                        Launcher.takeSparkMaster(new String[] {"--spark-master=spark://h:7077", "--lecture"}));
                assertEquals("spark://h:7077", System.getProperty(ClusterSettings.PROPERTY));
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Launcher.takeSparkMaster(new String[] {"--spark-master", "spark://h:7077"}));
                assertEquals(Clusters.NO_SPARK, e.getMessage());
                assertEquals(null, System.getProperty(ClusterSettings.PROPERTY));
            }
        } finally {
            System.clearProperty(ClusterSettings.PROPERTY);
        }
    }

    @Test
    void aBadOrMissingValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Launcher.takeDevice(new String[] {"--device"}));
        assertThrows(IllegalArgumentException.class, () -> Launcher.takeDevice(new String[] {"--device", "tpu"}));
        assertEquals(null, System.getProperty(DeviceMode.PROPERTY));
    }
}
