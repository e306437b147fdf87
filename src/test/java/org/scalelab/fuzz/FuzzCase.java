package org.scalelab.fuzz;

import java.nio.file.Path;
import java.util.List;

/**
 * One hostile case for the packaged jar: the arguments after {@code java -jar scalelab.jar}, run in {@code dir}, which
 * holds the files the arguments name.
 *
 * @param kind what it attacks: spec, stage, args, project, data, store or special
 */
record FuzzCase(int number, String kind, String what, List<String> args, Path dir) {

    /** The command line to run it again by hand, with arguments quoted for a POSIX shell. */
    String commandLine() {
        StringBuilder b = new StringBuilder("java -jar target/scalelab.jar");
        for (String a : args) {
            String shown = a.length() > 200 ? a.substring(0, 200) + "…(" + a.length() + " chars)" : a;
            b.append(" '").append(shown.replace("'", "'\\''")).append('\'');
        }
        return b.toString();
    }
}
