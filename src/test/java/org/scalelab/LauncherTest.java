package org.scalelab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which commands relaunch with passive OpenMP waiting: those that train. */
class LauncherTest {

    @Test
    void onlyTrainingCommandsRelaunch() {
        assertTrue(Launcher.trains(new String[] {"train", "--arch", "simple-cnn"}));
        assertTrue(Launcher.trains(new String[] {"sweep", "--arch", "simple-cnn"}));
        assertTrue(Launcher.trains(new String[] {"search", "--arch", "simple-cnn"}));
        assertFalse(Launcher.trains(new String[] {"search", "--arch", "simple-cnn", "--dry-run"}));
        assertTrue(Launcher.trains(new String[] {"study", "--arch", "simple-cnn", "--out", "report"}));
        assertFalse(Launcher.trains(new String[] {"study", "--arch", "simple-cnn", "--dry-run"}));
        assertTrue(Launcher.trains(new String[] {"budget", "--arch", "simple-cnn", "--train"}));
        assertFalse(Launcher.trains(new String[] {"budget", "--arch", "simple-cnn"}));
        assertFalse(Launcher.trains(new String[] {"cost", "--arch", "simple-cnn"}));
    }
}
