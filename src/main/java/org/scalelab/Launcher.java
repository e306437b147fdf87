package org.scalelab;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.scalelab.cli.Cli;
import org.scalelab.platform.NativeCaches;
import org.scalelab.platform.Relauncher;
import org.scalelab.training.cluster.ClusterSettings;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.device.DeviceMode;
import org.scalelab.ui.ScaleLabApp;

/**
 * Entry point of {@code scalelab.jar}. With a subcommand it runs the CLI; with none (or only app options
 * such as {@code --snapshot}) it opens the workbench. Kept apart from the JavaFX {@code Application} so the
 * jar starts with JavaFX on the class path. Commands that train first make sure OpenMP waits passively
 * (see {@link Relauncher}).
 */
public final class Launcher {
    private static final Set<String> APP_OPTIONS = Set.of("--snapshot", "--project", "--lecture", "--db", "--device",
            "--spark-master", "--size");

    private Launcher() {
    }

    public static void main(String[] args) {
        // First of all, before JavaFX or JavaCPP/ND4J can load a native library: unpack their natives into the
        // per-user cache folder (~/.cache/scalelab, %LOCALAPPDATA%\ScaleLab\cache, ~/Library/Caches/ScaleLab)
        // unless -Djavafx.cachedir / -Dorg.bytedeco.javacpp.cachedir are given. A relaunched child does the same.
        NativeCaches.configure();
        Relauncher.followParent();
        boolean app = args.length == 0 || APP_OPTIONS.contains(args[0]);
        if ((app || Cli.trains(args)) && Relauncher.needed(args)) {
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
            try {
                rest = takeSparkMaster(rest);
            } catch (IllegalArgumentException e) {
                System.err.println("scalelab: --spark-master: " + e.getMessage());
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
     * the workbench's training ({@code ui.training.WorkbenchTraining}) reads when it starts ND4J.
     */
    static String[] takeDevice(String[] args) {
        return take(args, "--device", "auto, cpu or gpu", v -> System.setProperty(DeviceMode.PROPERTY,
                DeviceMode.parse(v).id()));
    }

    /**
     * The window's {@code --spark-master URL}: its jobs train on that cluster (the Spark edition; see docs/cluster.md).
     * Set as {@code -Dscalelab.sparkMaster}, which the window reads when it opens ({@code ui.training.ClusterPreference});
     * for this session it wins over the cluster remembered from the window's Training menu.
     */
    static String[] takeSparkMaster(String[] args) {
        return take(args, "--spark-master", "spark://HOST:PORT or local[N]", v -> {
            ClusterSettings settings = new ClusterSettings(v, 1, java.util.Map.of());
            if (!Clusters.available()) {
                throw new IllegalArgumentException(Clusters.NO_SPARK);
            }
            System.setProperty(ClusterSettings.PROPERTY, settings.master());
        });
    }

    /** Takes {@code option VALUE} or {@code option=VALUE} out of the arguments and hands each value to {@code use}. */
    private static String[] take(String[] args, String option, String values, Consumer<String> use) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals(option)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("needs " + values);
                }
                value = args[++i];
            } else if (args[i].startsWith(option + "=")) {
                value = args[i].substring(option.length() + 1);
            } else {
                rest.add(args[i]);
                continue;
            }
            use.accept(value);
        }
        return rest.toArray(String[]::new);
    }
}
