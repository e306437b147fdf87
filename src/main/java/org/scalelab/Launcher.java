package org.scalelab;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scalelab.cli.Cli;
import org.scalelab.platform.NativeCaches;
import org.scalelab.platform.Relauncher;
import org.scalelab.training.device.DeviceMode;
import org.scalelab.ui.ScaleLabApp;

/**
 * Entry point of {@code scalelab.jar}. With a subcommand it runs the CLI; with none (or only app options
 * such as {@code --snapshot}) it opens the workbench. Kept apart from the JavaFX {@code Application} so the
 * jar starts with JavaFX on the class path. Commands that train first make sure OpenMP waits passively
 * (see {@link Relauncher}).
 */
public final class Launcher {
    private static final Set<String> APP_OPTIONS = Set.of("--snapshot", "--project", "--lecture", "--db", "--device");

    private Launcher() {
    }

    public static void main(String[] args) {
        // First of all, before JavaFX or JavaCPP/ND4J can load a native library: unpack their natives into the
        // per-user cache folder (~/.cache/scalelab, %LOCALAPPDATA%\ScaleLab\cache, ~/Library/Caches/ScaleLab)
        // unless -Djavafx.cachedir / -Dorg.bytedeco.javacpp.cachedir are given. A relaunched child does the same.
        NativeCaches.configure();
        Relauncher.followParent();
        boolean app = args.length == 0 || APP_OPTIONS.contains(args[0]);
        if ((app || Cli.trains(args)) && Relauncher.needed()) {
            Optional<Integer> code = Relauncher.run(Launcher.class, args);
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        if (app) {
            String[] rest;
            try {
                rest = takeDevice(args);
            } catch (IllegalArgumentException e) {
                System.err.println("scalelab: --device: " + e.getMessage());
                System.exit(Cli.USER_ERROR);
                return;
            }
            ScaleLabApp.main(rest);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }

    /**
     * The window's {@code --device auto|cpu|gpu}: taken out of the arguments and set as {@code -Dscalelab.device}, which
     * the workbench's training backend reads when it starts ND4J.
     */
    static String[] takeDevice(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--device")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("needs auto, cpu or gpu");
                }
                value = args[++i];
            } else if (args[i].startsWith("--device=")) {
                value = args[i].substring("--device=".length());
            } else {
                rest.add(args[i]);
                continue;
            }
            System.setProperty(DeviceMode.PROPERTY, DeviceMode.parse(value).id());
        }
        return rest.toArray(String[]::new);
    }
}
