package org.scalelab.ui;

import java.nio.file.Path;
import java.util.List;

/** The desktop app's own options (the CLI's subcommands never reach here). */
record AppOptions(Path snapshot, Path project, Path database, boolean lecture) {

    static AppOptions parse(List<String> args) {
        Path snapshot = null;
        Path project = null;
        Path database = null;
        boolean lecture = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--snapshot" -> snapshot = Path.of(value(args, ++i, a, "FILE.png"));
                case "--project" -> project = Path.of(value(args, ++i, a, "FILE.json"));
                case "--db" -> database = Path.of(value(args, ++i, a, "FILE"));
                case "--lecture" -> lecture = true;
                default -> throw new IllegalArgumentException("unknown option '" + a
                        + "'; the window takes --project FILE, --lecture, --db FILE and --snapshot FILE.png "
                        + "(see 'scalelab --help' for the command line)");
            }
        }
        return new AppOptions(snapshot, project, database, lecture);
    }

    private static String value(List<String> args, int i, String option, String what) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs " + what);
        }
        return args.get(i);
    }
}
