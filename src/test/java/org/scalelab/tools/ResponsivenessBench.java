package org.scalelab.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.scalelab.training.RunStatus;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.FramePulseProbe;
import org.scalelab.ui.ScaleLabApp;
import org.scalelab.ui.WorkbenchView;
import org.scalelab.ui.concurrent.FxExecutor;
import org.scalelab.ui.lecture.DemoProject;
import org.scalelab.ui.project.RecentProjects;
import org.scalelab.ui.training.WorkbenchTraining;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * Measures whether the window stays responsive: opens the real workbench on the demo project, drags φ back and
 * forth (one step every 50 ms, each step recomputes every rule's variants), first with nothing training, then
 * while the window's own "Train sweep" trains (new seed, fresh database, so every run really trains). Prints
 * the longest gap between frames and the percentiles for both phases, and the longest time one φ step held the
 * FX thread. Run it under a real display (xvfb-run), not Monocle; see docs/responsiveness.md.
 *
 * <p>Arguments: seconds of the idle phase (default 20) and of the training phase (default 120).
 */
public final class ResponsivenessBench {
    private ResponsivenessBench() {
    }

    public static void main(String[] args) throws Exception {
        double idleSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        double trainingSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 120;
        Path folder = Files.createTempDirectory("scalelab-responsiveness");
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<Runnable> close = new AtomicReference<>(() -> { });
        Platform.startup(() -> {
            FxExecutor executor = new FxExecutor(2);
            WorkbenchModel model = new WorkbenchModel(executor);
            TrainingPort backend = WorkbenchTraining.open(folder.resolve("bench.db"));
            WorkbenchView view = new WorkbenchView(model, executor, backend, new RecentProjects());
            Stage stage = new Stage();
            Scene scene = new Scene(view, ScaleLabApp.WIDTH, ScaleLabApp.HEIGHT);
            scene.getStylesheets().add(ScaleLabApp.class.getResource("scalelab.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            close.set(() -> {
                view.stop();
                backend.close();
                executor.close();
            });
            executor.submit(DemoProject::readBundled, demo -> {
                demo.install(model);
                // A seed the demo did not use: nothing is precomputed, so the sweep trains every variant.
                model.recipeProperty().set(model.recipeProperty().get().withSeed(7));
                new Phases(model, scene, idleSeconds, trainingSeconds, finished).start();
            }, e -> {
                e.printStackTrace();
                finished.countDown();
            });
        });
        finished.await();
        Platform.runLater(() -> close.get().run());
        Thread.sleep(2000);
        System.exit(0);
    }

    /** Idle phase, then training phase, each with its own probe; φ keeps moving throughout. */
    private static final class Phases {
        private final WorkbenchModel model;
        private final Scene scene;
        private final double idleSeconds;
        private final double trainingSeconds;
        private final CountDownLatch finished;
        private FramePulseProbe probe = new FramePulseProbe();
        private long longestStepNanos;
        private int steps;
        private long phaseStart = System.nanoTime();
        private long phaseCpu = fxCpuNanos();
        private double phi;
        private double direction = 1;

        Phases(WorkbenchModel model, Scene scene, double idleSeconds, double trainingSeconds, CountDownLatch finished) {
            this.model = model;
            this.scene = scene;
            this.idleSeconds = idleSeconds;
            this.trainingSeconds = trainingSeconds;
            this.finished = finished;
        }

        /** CPU time of the FX thread (this method runs on it). */
        private static long fxCpuNanos() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        void start() {
            Timeline drag = new Timeline(new KeyFrame(Duration.millis(50), e -> step()));
            drag.setCycleCount(Timeline.INDEFINITE);
            drag.play();
            probe.start();
            Timeline plan = new Timeline(
                    new KeyFrame(Duration.seconds(idleSeconds), e -> startTraining()),
                    new KeyFrame(Duration.seconds(idleSeconds + trainingSeconds), e -> {
                        drag.stop();
                        report("training");
                        finished.countDown();
                    }));
            plan.play();
        }

        private void step() {
            phi += direction * 0.05;
            if (phi >= model.phiMaxProperty().get() || phi <= 0) {
                direction = -direction;
                phi = Math.max(0, Math.min(model.phiMaxProperty().get(), phi));
            }
            long t0 = System.nanoTime();
            model.phiProperty().set(phi);
            longestStepNanos = Math.max(longestStepNanos, System.nanoTime() - t0);
            steps++;
        }

        private void startTraining() {
            report("idle");
            probe = new FramePulseProbe();
            longestStepNanos = 0;
            steps = 0;
            phaseStart = System.nanoTime();
            phaseCpu = fxCpuNanos();
            ((Button) scene.lookup("#trainSweepButton")).fire();
            probe.start();
        }

        private void report(String phase) {
            probe.stop();
            long done = model.runs().values().stream()
                    .filter(r -> r.status() == RunStatus.DONE && r.request().recipe().seed() == 7).count();
            double busy = (fxCpuNanos() - phaseCpu) / (double) (System.nanoTime() - phaseStart);
            System.out.println(String.format(Locale.ROOT, "%s phase: %s; %d φ steps, longest φ step on the FX thread"
                    + " %.1f ms; FX thread busy %.0f%% of the time (CPU); runs done %d; load average %.1f", phase,
                    probe.report(), steps, longestStepNanos / 1e6, 100 * busy, done,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
    }
}
