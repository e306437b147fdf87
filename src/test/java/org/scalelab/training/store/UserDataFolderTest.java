package org.scalelab.training.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataFolderTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsXdgDataHome() {
        assertEquals(Path.of("/data/ada/scalelab"), UserDataFolder.of("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutAnAbsoluteXdgDataHome() {
        Path expected = Path.of("/home/ada/.local/share/scalelab");
        assertEquals(expected, UserDataFolder.of("Linux", Map.of(), HOME));
        assertEquals(expected, UserDataFolder.of("Linux", Map.of("XDG_DATA_HOME", "relative/data"), HOME));
        assertEquals(expected, UserDataFolder.of("FreeBSD", Map.of("XDG_DATA_HOME", " "), HOME));
    }

    @Test
    void windowsUsesRoamingAppData() {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";
        assertEquals(Path.of(appData, "ScaleLab"), UserDataFolder.of("Windows 11", Map.of("APPDATA", appData), HOME));
        assertEquals(HOME.resolve("AppData/Roaming/ScaleLab"), UserDataFolder.of("Windows 10", Map.of(), HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/home/ada/Library/Application Support/ScaleLab"),
                UserDataFolder.of("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME));
    }

    @Test
    void defaultLocationIsScalelabDbInThisUsersFolder() {
        Path db = ExperimentStore.defaultLocation();
        assertEquals("scalelab.db", db.getFileName().toString());
        assertTrue(db.isAbsolute(), db.toString());
    }
}
