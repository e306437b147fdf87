package org.scalelab;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scalelab.cli.Cli;
import org.scalelab.platform.NativeCaches;
import org.scalelab.ui.ScaleLabApp;

/**
 * Entry point of {@code scalelab.jar}. With a subcommand it runs the CLI; with none (or only app options
 * such as {@code --snapshot}) it opens the workbench. Kept apart from the JavaFX {@code Application} so the
 * jar starts with JavaFX on the class path. Commands that train first make sure OpenMP waits passively
 * (see {@link Relauncher}).
 */
public final class Launcher {
    private static final Set<String> APP_OPTIONS = Set.of("--snapshot", "--project", "--lecture", "--db");
    private static final Set<String> TRAINING_COMMANDS = Set.of("train", "sweep", "bench", "search");

    private Launcher() {
    }

    /** Whether the command trains: {@code search} unless {@code --dry-run}, {@code budget} with {@code --train}. */
    static boolean trains(String[] args) {
        List<String> all = List.of(args);
        if (args[0].equals("search")) {
            return !all.contains("--dry-run");
        }
        return TRAINING_COMMANDS.contains(args[0]) || args[0].equals("budget") && all.contains("--train");
    }

    public static void main(String[] args) {
        // First of all, before JavaFX or JavaCPP/ND4J can load a native library: unpack their natives into the
        // per-user cache folder (~/.cache/scalelab, %LOCALAPPDATA%\ScaleLab\cache, ~/Library/Caches/ScaleLab)
        // unless -Djavafx.cachedir / -Dorg.bytedeco.javacpp.cachedir are given. A relaunched child does the same.
        NativeCaches.configure();
        Relauncher.followParent();
        boolean app = args.length == 0 || APP_OPTIONS.contains(args[0]);
        if ((app || trains(args)) && Relauncher.needed()) {
            Optional<Integer> code = Relauncher.run(args);
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        if (app) {
            ScaleLabApp.main(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }
}
