package org.scalelab.ui.window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's file choosers: each suggests a file name with its extension, starts in the folder used last (kept
 * across sessions in the user's preferences), and adds the extension when the name typed lacks it.
 */
public final class FileChoosers {
    private static final String LAST_FOLDER = "lastFolder";
    private final Preferences prefs;

    public FileChoosers() {
        this(Preferences.userRoot().node("org/scalelab/ui/files"));
    }

    public FileChoosers(Preferences prefs) {
        this.prefs = prefs;
    }

    /** What kind of file: its description and extension (without the dot), e.g. ("PNG image", "png"). */
    public record Kind(String description, String extension) {
        public static final Kind PROJECT = new Kind("ScaleLab project", "json");
        public static final Kind PNG = new Kind("PNG image", "png");
        public static final Kind SVG = new Kind("SVG drawing", "svg");
        public static final Kind CSV = new Kind("CSV table", "csv");
    }

    /** A file to write, or empty when cancelled. */
    public Optional<Path> save(Window owner, String title, Kind kind, String suggestedName) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(withExtension(suggestedName, kind.extension()));
        return remember(Optional.ofNullable(chooser.showSaveDialog(owner)).map(f -> Path.of(withExtension(f.getPath(),
                kind.extension()))));
    }

    /** A file to read, or empty when cancelled. */
    public Optional<Path> open(Window owner, String title, Kind kind) {
        return remember(Optional.ofNullable(chooser(title, kind).showOpenDialog(owner)).map(File::toPath));
    }

    private FileChooser chooser(String title, Kind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), "*." + kind.extension()));
        lastFolder().ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        return chooser;
    }

    /** The folder of the last file chosen, if it still exists. */
    public Optional<Path> lastFolder() {
        String v = prefs.get(LAST_FOLDER, null);
        if (v == null) {
            return Optional.empty();
        }
        Path p = Path.of(v);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    Optional<Path> remember(Optional<Path> chosen) {
        chosen.map(p -> p.toAbsolutePath().getParent()).ifPresent(d -> prefs.put(LAST_FOLDER, d.toString()));
        return chosen;
    }

    /** {@code name} ending in {@code .extension} (added unless it is there, in any case). */
    public static String withExtension(String name, String extension) {
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT)) ? name
                : name + "." + extension;
    }

    /** A file-name-safe form of a text (baseline names, rule names): letters, digits, dots and dashes. */
    public static String safe(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.\\-]+", "-").replaceAll("-{2,}", "-");
        s = s.replaceAll("^-|-$", "");
        return s.isEmpty() ? "scalelab" : s;
    }
}
