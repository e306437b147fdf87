package org.scalelab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache-folder rules, on plain values and temporary folders: no JavaFX, no ND4J, no system properties touched. */
class NativeCachesTest {
    @TempDir
    Path tmp;

    @Test
    void setsBothPropertiesUnderTheFolderWithAJavaFxVersionSubfolder() {
        Properties props = new Properties();
        Path folder = Path.of("/home/ada/.cache/scalelab");
        NativeCaches.apply(props, folder, "21.0.11+4");
        assertEquals(folder.resolve("javafx").resolve("21.0.11+4").toString(), props.getProperty(NativeCaches.JAVAFX_PROPERTY));
        assertEquals(folder.resolve("javacpp").toString(), props.getProperty(NativeCaches.JAVACPP_PROPERTY));
        assertEquals(folder.resolve("sqlite").toString(), props.getProperty(NativeCaches.SQLITE_PROPERTY));
    }

    @Test
    void withoutAJavaFxVersionTheJavaFxFolderHasNoVersionPart() {
        Properties props = new Properties();
        NativeCaches.apply(props, Path.of("/c"), null);
        assertEquals(Path.of("/c/javafx").toString(), props.getProperty(NativeCaches.JAVAFX_PROPERTY));
    }

    @Test
    void propertiesTheUserSetAreKeptEachOnItsOwn() {
        Properties fxSet = new Properties();
        fxSet.setProperty(NativeCaches.JAVAFX_PROPERTY, "/mine/fx");
        NativeCaches.apply(fxSet, Path.of("/c"), "21");
        assertEquals("/mine/fx", fxSet.getProperty(NativeCaches.JAVAFX_PROPERTY));
        assertEquals(Path.of("/c/javacpp").toString(), fxSet.getProperty(NativeCaches.JAVACPP_PROPERTY));

        Properties cppSet = new Properties();
        cppSet.setProperty(NativeCaches.JAVACPP_PROPERTY, "/mine/cpp");
        NativeCaches.apply(cppSet, Path.of("/c"), "21");
        assertEquals("/mine/cpp", cppSet.getProperty(NativeCaches.JAVACPP_PROPERTY));
        assertEquals(Path.of("/c/javafx/21").toString(), cppSet.getProperty(NativeCaches.JAVAFX_PROPERTY));
    }

    @Test
    void aWritablePreferredFolderIsCreatedAndUsed() {
        Path preferred = tmp.resolve("home/.cache/scalelab");
        assertEquals(preferred, NativeCaches.usableFolder(preferred, tmp.resolve("t"), "ada"));
        assertTrue(Files.isDirectory(preferred));
        try (var files = Files.list(preferred)) {
            assertEquals(0, files.count(), "the write probe is cleaned up");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUncreatablePreferredFolderFallsBackToAPrivateTempFolder() throws IOException {
        // A regular file where a parent folder should be: no user, not even root, can create the folder.
        Path notAFolder = Files.writeString(tmp.resolve("home"), "a file");
        Path temp = Files.createDirectory(tmp.resolve("t"));
        Path chosen = NativeCaches.usableFolder(notAFolder.resolve(".cache/scalelab"), temp, "ada");
        assertEquals(temp.resolve("scalelab-ada-cache"), chosen);
        assertTrue(Files.isDirectory(chosen));
        if (posix()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen)));
        }
        // A second run reuses it.
        assertEquals(chosen, NativeCaches.usableFolder(null, temp, "ada"));
    }

    @Test
    void oddUserNamesMakeSafeFolderNames() throws IOException {
        Path temp = Files.createDirectory(tmp.resolve("t"));
        assertEquals(temp.resolve("scalelab-_.._evil-cache"), NativeCaches.privateTempFolder(temp, "/../evil"));
    }

    @Test
    void aLinkInThePlaceOfTheTempFolderIsNotFollowed() throws IOException {
        Path temp = Files.createDirectory(tmp.resolve("t"));
        Path elsewhere = Files.createDirectory(tmp.resolve("planted"));
        Files.createSymbolicLink(temp.resolve("scalelab-ada-cache"), elsewhere);
        Path chosen = NativeCaches.privateTempFolder(temp, "ada");
        assertNotNull(chosen);
        assertNotEquals(temp.resolve("scalelab-ada-cache"), chosen);
        assertTrue(chosen.getFileName().toString().startsWith("scalelab-cache-"));
        assertFalse(Files.isSymbolicLink(chosen));
        assertEquals(temp, chosen.getParent());
    }

    @Test
    void aTempFolderOthersCanWriteIsNotReused() throws IOException {
        assumeTrue(posix());
        Path temp = Files.createDirectory(tmp.resolve("t"));
        Path shared = Files.createDirectory(temp.resolve("scalelab-ada-cache"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path chosen = NativeCaches.privateTempFolder(temp, "ada");
        assertNotEquals(shared, chosen);
        assertTrue(Files.isDirectory(chosen, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aFileInThePlaceOfTheTempFolderGivesAFreshFolder() throws IOException {
        Path temp = Files.createDirectory(tmp.resolve("t"));
        Files.writeString(temp.resolve("scalelab-ada-cache"), "not a folder");
        Path chosen = NativeCaches.privateTempFolder(temp, "ada");
        assertTrue(Files.isDirectory(chosen));
        assertNotEquals(temp.resolve("scalelab-ada-cache"), chosen);
    }

    @Test
    void noWritableFolderAnywhereGivesNull() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        assertNull(NativeCaches.usableFolder(notAFolder.resolve("a"), notAFolder.resolve("tmp"), "ada"));
        assertNull(NativeCaches.usableFolder(null, null, "ada"));
    }

    @Test
    void readsTheJavaFxVersionFromTheClassPathWithoutLoadingJavaFx() {
        // javafx-base is on the test class path; its javafx.properties names the runtime version.
        String v = NativeCaches.javafxVersion();
        assertNotNull(v);
        assertTrue(v.matches("\\d+(\\.\\d+)*(\\+\\d+)?"), v);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
