package org.scalelab.platform;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where ScaleLab keeps a user's data (the experiment database) and caches (unpacked native libraries): one rule for
 * both, so that a user, a service account or a test with another {@code $HOME} gets both in that home, never one of
 * each.
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/scalelab} and {@code $XDG_CACHE_HOME/scalelab} when those are
 *       absolute paths (the XDG Base Directory spec says to ignore relative ones), else {@code ~/.local/share/scalelab}
 *       and {@code ~/.cache/scalelab};</li>
 *   <li>macOS: {@code ~/Library/Application Support/ScaleLab} and {@code ~/Library/Caches/ScaleLab};</li>
 *   <li>Windows: {@code %APPDATA%\ScaleLab} and {@code %LOCALAPPDATA%\ScaleLab\cache}, else under the user's profile.</li>
 * </ul>
 * On Unix {@code ~} is {@code $HOME} when it is an absolute path, as for every Unix tool, and Java's {@code user.home}
 * only otherwise: that comes from the password database and differs under su, sudo, sandboxes and service accounts.
 */
public final class UserFolders {

    private UserFolders() {
    }

    /** This process's data folder; null if there is no usable home. */
    public static Path data() {
        return data(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /** This process's cache folder; null if there is no usable home. */
    public static Path cache() {
        return cache(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path data(String osName, Map<String, String> env, String javaHome) {
        return folder(Kind.DATA, osName, env, javaHome);
    }

    static Path cache(String osName, Map<String, String> env, String javaHome) {
        return folder(Kind.CACHE, osName, env, javaHome);
    }

    /** The two kinds of folder: where each platform keeps it, relative to its variable or to the home. */
    private enum Kind {
        DATA("APPDATA", "AppData/Roaming/ScaleLab", "", "Library/Application Support/ScaleLab", "XDG_DATA_HOME", ".local/share"),
        CACHE("LOCALAPPDATA", "AppData/Local/ScaleLab/cache", "cache", "Library/Caches/ScaleLab", "XDG_CACHE_HOME", ".cache");

        final String windowsVariable;
        final String windowsInHome;
        final String windowsBelowVariable;
        final String macInHome;
        final String xdgVariable;
        final String xdgInHome;

        Kind(String windowsVariable, String windowsInHome, String windowsBelowVariable, String macInHome,
             String xdgVariable, String xdgInHome) {
            this.windowsVariable = windowsVariable;
            this.windowsInHome = windowsInHome;
            this.windowsBelowVariable = windowsBelowVariable;
            this.macInHome = macInHome;
            this.xdgVariable = xdgVariable;
            this.xdgInHome = xdgInHome;
        }
    }

    private static Path folder(Kind kind, String osName, Map<String, String> env, String javaHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = home(os, env, javaHome);
        if (os.startsWith("windows")) {
            // Checked for presence only, so that the rule can be tested on any OS (C:\ is not absolute on Linux).
            String variable = env.get(kind.windowsVariable);
            if (isSet(variable)) {
                return Path.of(variable, "ScaleLab").resolve(kind.windowsBelowVariable);
            }
            return inHome(home, kind.windowsInHome);
        }
        if (os.startsWith("mac")) {
            return inHome(home, kind.macInHome);
        }
        Path base = absolute(env.get(kind.xdgVariable));
        return base != null ? base.resolve("scalelab") : inHome(home, kind.xdgInHome + "/scalelab");
    }

    /** {@code home} and then the '/'-separated names of {@code relative}, one by one (so on every platform). */
    private static Path inHome(Path home, String relative) {
        if (home == null) {
            return null;
        }
        Path p = home;
        for (String name : relative.split("/")) {
            p = p.resolve(name);
        }
        return p;
    }

    /** The user's home as the rule above reads it; null when neither source names one. */
    static Path home(String os, Map<String, String> env, String javaHome) {
        if (os.startsWith("windows")) {
            return isSet(javaHome) ? Path.of(javaHome) : null;
        }
        Path h = absolute(env.get("HOME"));
        return h != null ? h : absolute(javaHome);
    }

    /** Set and meaningful: Java reports {@code user.home} as "?" when the user has no passwd entry. */
    private static boolean isSet(String value) {
        return value != null && !value.isBlank() && !value.equals("?");
    }

    private static Path absolute(String value) {
        try {
            if (!isSet(value)) {
                return null;
            }
            Path p = Path.of(value);
            return p.isAbsolute() ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
