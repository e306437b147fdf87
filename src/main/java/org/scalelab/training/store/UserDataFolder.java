package org.scalelab.training.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where each desktop platform keeps an application's own data. */
final class UserDataFolder {

    private UserDataFolder() {
    }

    static Path of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String roaming = env.get("APPDATA");
            return (isSet(roaming) ? Path.of(roaming) : home.resolve("AppData").resolve("Roaming")).resolve("ScaleLab");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ScaleLab");
        }
        // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String data = env.get("XDG_DATA_HOME");
        return (isAbsolute(data) ? Path.of(data) : home.resolve(".local").resolve("share")).resolve("scalelab");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean isAbsolute(String value) {
        try {
            return isSet(value) && Path.of(value).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
