package org.scalelab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalelab.training.store.ExperimentStore;

/** Where data and caches land: one rule for both (issue 13, item 9), on plain values. */
class UserFoldersTest {
    private static final String HOME = "/home/ada";

    @Test
    void dataAndCacheFollowTheSameHomeWhateverJavaThinksTheHomeIs() {
        Map<String, String> env = Map.of("HOME", "/tmp/other-home");
        assertEquals(Path.of("/tmp/other-home/.local/share/scalelab"), UserFolders.data("Linux", env, HOME));
        assertEquals(Path.of("/tmp/other-home/.cache/scalelab"), UserFolders.cache("Linux", env, HOME));
        // Without $HOME both fall back to Java's user.home, together.
        assertEquals(Path.of("/home/ada/.local/share/scalelab"), UserFolders.data("Linux", Map.of(), HOME));
        assertEquals(Path.of("/home/ada/.cache/scalelab"), UserFolders.cache("Linux", Map.of(), HOME));
    }

    @Test
    void linuxFollowsAnAbsoluteXdgDataHome() {
        assertEquals(Path.of("/data/ada/scalelab"), UserFolders.data("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), HOME));
        Path expected = Path.of("/home/ada/.local/share/scalelab");
        assertEquals(expected, UserFolders.data("Linux", Map.of("XDG_DATA_HOME", "relative/data"), HOME));
        assertEquals(expected, UserFolders.data("FreeBSD", Map.of("XDG_DATA_HOME", " "), HOME));
    }

    @Test
    void windowsKeepsDataInRoamingAppData() {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";
        assertEquals(Path.of(appData, "ScaleLab"), UserFolders.data("Windows 11", Map.of("APPDATA", appData), HOME));
        assertEquals(Path.of(HOME, "AppData", "Roaming", "ScaleLab"), UserFolders.data("Windows 10", Map.of(), HOME));
    }

    @Test
    void macOsKeepsDataInApplicationSupport() {
        assertEquals(Path.of("/home/ada/Library/Application Support/ScaleLab"),
                UserFolders.data("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME));
    }

    @Test
    void theDefaultDatabaseIsScalelabDbInThisUsersDataFolder() {
        Path db = ExperimentStore.defaultLocation();
        assertEquals("scalelab.db", db.getFileName().toString());
        assertTrue(db.isAbsolute(), db.toString());
        assertEquals(UserFolders.data(), db.getParent());
    }

    @Test
    void linuxFollowsAnAbsoluteXdgCacheHome() {
        assertEquals(Path.of("/var/cache/ada/scalelab"),
                UserFolders.cache("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/ada"), HOME));
    }

    @Test
    void linuxFallsBackToDotCacheWithoutAnAbsoluteXdgCacheHome() {
        Path expected = Path.of("/home/ada/.cache/scalelab");
        assertEquals(expected, UserFolders.cache("Linux", Map.of(), HOME));
        assertEquals(expected, UserFolders.cache("Linux", Map.of("XDG_CACHE_HOME", "relative/cache"), HOME));
        assertEquals(expected, UserFolders.cache("FreeBSD", Map.of("XDG_CACHE_HOME", " "), HOME));
    }

    @Test
    void onUnixTheHomeVariableWinsOverJavasUserHome() {
        assertEquals(Path.of("/tmp/h/.cache/scalelab"), UserFolders.cache("Linux", Map.of("HOME", "/tmp/h"), HOME));
        assertEquals(Path.of("/tmp/h/Library/Caches/ScaleLab"),
                UserFolders.cache("Mac OS X", Map.of("HOME", "/tmp/h"), HOME));
        assertEquals(Path.of("/home/ada/.cache/scalelab"),
                UserFolders.cache("Linux", Map.of("HOME", "not/absolute"), HOME));
        assertEquals(Path.of(HOME, "AppData", "Local", "ScaleLab", "cache"),
                UserFolders.cache("Windows 11", Map.of("HOME", "/tmp/h"), HOME));
    }

    @Test
    void windowsUsesLocalAppData() {
        String local = "C:\\Users\\ada\\AppData\\Local";
        assertEquals(Path.of(local, "ScaleLab", "cache"),
                UserFolders.cache("Windows 11", Map.of("LOCALAPPDATA", local, "XDG_CACHE_HOME", "/x"), HOME));
        assertEquals(Path.of(HOME, "AppData", "Local", "ScaleLab", "cache"),
                UserFolders.cache("Windows 10", Map.of(), HOME));
    }

    @Test
    void macOsUsesLibraryCaches() {
        assertEquals(Path.of("/home/ada/Library/Caches/ScaleLab"),
                UserFolders.cache("Mac OS X", Map.of("XDG_CACHE_HOME", "/ignored"), HOME));
    }

    @Test
    void noUsableHomeMeansNoPreferredFolder() {
        assertNull(UserFolders.cache("Linux", Map.of(), "?"));
        assertNull(UserFolders.cache("Linux", Map.of(), ""));
        assertNull(UserFolders.cache("Linux", Map.of(), "relative/home"));
        assertNull(UserFolders.cache("Mac OS X", Map.of(), null));
        assertNull(UserFolders.cache("Windows 11", Map.of(), "?"));
        // XDG_CACHE_HOME alone is enough on Linux.
        assertEquals(Path.of("/c/scalelab"), UserFolders.cache("Linux", Map.of("XDG_CACHE_HOME", "/c"), "?"));
    }

}
