package org.scalelab.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop app's own options (the CLI's subcommands never reach here).
 *
 * @param width  the window's width in pixels ({@code --size WxH}), or 0 for the default
 * @param height the window's height, or 0 for the default
 */
record AppOptions(Path snapshot, Path project, Path database, boolean lecture, double width, double height) {
    /** Smallest and largest window size {@code --size} accepts. */
    static final int MIN_SIDE = 320;
    static final int MAX_SIDE = 8192;

    static AppOptions parse(List<String> args) {
        Path snapshot = null;
        Path project = null;
        Path database = null;
        boolean lecture = false;
        double width = 0;
        double height = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--snapshot" -> snapshot = Path.of(value(args, ++i, a, "FILE.png"));
                case "--project" -> project = Path.of(value(args, ++i, a, "FILE.json"));
                case "--db" -> database = Path.of(value(args, ++i, a, "FILE"));
                case "--lecture" -> lecture = true;
                case "--size" -> {
                    int[] wh = size(value(args, ++i, a, "WIDTHxHEIGHT, e.g. 1366x768"));
                    width = wh[0];
                    height = wh[1];
                }
                default -> throw new IllegalArgumentException("unknown option '" + a
                        + "'; the window takes --project FILE, --lecture, --db FILE, --size WxH and --snapshot FILE.png "
                        + "(see 'scalelab --help' for the command line)");
            }
        }
        return new AppOptions(snapshot, project, database, lecture, width, height);
    }

    /** "1366x768" (or with ×) as {width, height}. */
    static int[] size(String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("[x×]");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (w >= MIN_SIDE && h >= MIN_SIDE && w <= MAX_SIDE && h <= MAX_SIDE) {
                    return new int[] {w, h};
                }
                throw new IllegalArgumentException("--size " + text + ": width and height must lie in " + MIN_SIDE
                        + ".." + MAX_SIDE + " pixels");
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--size " + text + ": expected WIDTHxHEIGHT in pixels, e.g. 1366x768");
    }

    private static String value(List<String> args, int i, String option, String what) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs " + what);
        }
        return args.get(i);
    }
}
