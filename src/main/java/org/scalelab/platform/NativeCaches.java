package org.scalelab.platform;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/**
 * Points the native-library caches of JavaFX, JavaCPP (ND4J) and sqlite-jdbc at ScaleLab's own per-user cache folder.
 *
 * <p>Both libraries ship their {@code .so}/{@code .dll} files inside jars and unpack them on first use: JavaFX
 * into {@code ~/.openjfx/cache}, JavaCPP into {@code ~/.javacpp/cache}. An installed application should keep
 * such files where the platform keeps caches instead: {@link UserFolders#cache()}, found by the same rule as the
 * experiment database's folder. sqlite-jdbc unpacks its library under a new name at every start, into
 * {@code java.io.tmpdir} by default: a full {@code /tmp} then stopped the database from opening at all. The install folder itself is never written, so a read-only installation works. jpackage's {@code --java-options} cannot expand {@code $HOME}, hence this class, which
 * must run before JavaFX or JavaCPP load anything.
 *
 * <p>A property the user already set ({@code -Djavafx.cachedir=...}, {@code -Dorg.bytedeco.javacpp.cachedir=...})
 * is left alone. When the folder cannot be written (no home, a read-only home) a private folder under the
 * temporary directory is used instead. Nothing here throws: the application starts whatever happens.
 */
public final class NativeCaches {
    public static final String JAVAFX_PROPERTY = "javafx.cachedir";
    public static final String JAVACPP_PROPERTY = "org.bytedeco.javacpp.cachedir";
    public static final String SQLITE_PROPERTY = "org.sqlite.tmpdir";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private NativeCaches() {
    }

    /**
     * Sets the cache properties of this JVM (each only if unset) and returns the folder chosen, or null if no
     * folder could be prepared (the libraries then use their own defaults).
     */
    public static Path configure() {
        try {
            Properties props = System.getProperties();
            if (props.getProperty(JAVAFX_PROPERTY) != null && props.getProperty(JAVACPP_PROPERTY) != null
                    && props.getProperty(SQLITE_PROPERTY) != null) {
                return null;
            }
            Path preferred = UserFolders.cache();
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Path folder = usableFolder(preferred, tmp, System.getProperty("user.name", "user"));
            if (folder != null) {
                String sqliteBefore = props.getProperty(SQLITE_PROPERTY);
                apply(props, folder, javafxVersion());
                if (sqliteBefore == null) {
                    // sqlite-jdbc creates no folder; the cache folder was just proven writable, so making it suffices.
                    try {
                        Files.createDirectories(Path.of(props.getProperty(SQLITE_PROPERTY)));
                    } catch (IOException e) {
                        props.remove(SQLITE_PROPERTY); // leave sqlite-jdbc its default
                    }
                }
            }
            return folder;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The preferred folder if it can be created and written; otherwise a folder of this user's under
     * {@code tmp} that no one else can write; null if neither works.
     */
    static Path usableFolder(Path preferred, Path tmp, String user) {
        if (preferred != null && writable(preferred)) {
            return preferred;
        }
        return privateTempFolder(tmp, user);
    }

    /** Sets each cache property unless it is already set. Existing values always win. */
    static void apply(Properties props, Path folder, String javafxVersion) {
        Path fx = folder.resolve("javafx");
        if (javafxVersion != null && !javafxVersion.isBlank()) {
            // JavaFX's own default keeps one folder per version; do the same so versions never overwrite each other.
            fx = fx.resolve(javafxVersion.replaceAll("[^A-Za-z0-9._+-]", "_"));
        }
        if (props.getProperty(JAVAFX_PROPERTY) == null) {
            props.setProperty(JAVAFX_PROPERTY, fx.toString());
        }
        if (props.getProperty(JAVACPP_PROPERTY) == null) {
            props.setProperty(JAVACPP_PROPERTY, folder.resolve("javacpp").toString());
        }
        if (props.getProperty(SQLITE_PROPERTY) == null) {
            props.setProperty(SQLITE_PROPERTY, folder.resolve("sqlite").toString());
        }
    }

    /** Creates the folder if needed and proves it writable by creating and deleting a file in it. */
    static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".probe", ".tmp"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * {@code tmp/scalelab-USER-cache}, reused across runs only if it is a real folder (not a link) owned by
     * this user and writable by no one else: a shared temporary folder must not let another user plant the
     * native libraries this process loads. If that name is taken by anything else, a fresh private folder.
     */
    static Path privateTempFolder(Path tmp, String user) {
        if (tmp == null) {
            return null;
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path dir = tmp.resolve("scalelab-" + user.replaceAll("[^A-Za-z0-9._-]", "_") + "-cache");
        try {
            if (!Files.exists(dir, NOFOLLOW_LINKS)) {
                if (posix) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectory(dir);
                }
            }
            if (ownedPrivateFolder(dir, posix)) {
                return dir;
            }
        } catch (IOException | RuntimeException e) {
            // Taken, racing with another process or not writable: fall through to a fresh folder.
        }
        try {
            return Files.createTempDirectory(tmp, "scalelab-cache-");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean ownedPrivateFolder(Path dir, boolean posix) throws IOException {
        if (!Files.isDirectory(dir, NOFOLLOW_LINKS)) {
            return false;
        }
        Path probe = Files.createTempFile(dir, ".probe", ".tmp");
        try {
            if (!posix) {
                return true;
            }
            boolean mine = Files.getOwner(dir, NOFOLLOW_LINKS).equals(Files.getOwner(probe, NOFOLLOW_LINKS));
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir, NOFOLLOW_LINKS);
            boolean othersWrite = perms.contains(PosixFilePermission.GROUP_WRITE)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE);
            return mine && !othersWrite;
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** JavaFX's version from the {@code javafx.properties} resource of javafx-base, read without loading JavaFX. */
    static String javafxVersion() {
        ClassLoader loader = NativeCaches.class.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream("javafx.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("javafx.runtime.version", p.getProperty("javafx.version"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
