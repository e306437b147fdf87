package org.scalelab.ui.status;

import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.training.TrainingPanelViewModel;

/**
 * The status bar's text: where jobs train (GPU, or CPU build and threads, or a Spark cluster; why the GPU is not used when it fell back), JVM memory in use, the database in use and the number of
 * queued and running jobs. The training port is asked in the background (it may still be opening); memory is read
 * when {@link #refreshMemory()} is called (the view calls it from a timeline).
 */
public final class StatusViewModel {
    private final TrainingPort training;
    private final BackgroundExecutor executor;
    private final LongSupplier usedBytes;
    private final LongSupplier maxBytes;
    private final ReadOnlyStringWrapper backend = new ReadOnlyStringWrapper(this, "backend", "ND4J: starting…");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper(this, "database", "");
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper(this, "memory", "");
    private final StringBinding jobs;

    public StatusViewModel(TrainingPort training, TrainingPanelViewModel panel, BackgroundExecutor executor) {
        this(training, panel, executor, () -> Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory(),
                () -> Runtime.getRuntime().maxMemory());
    }

    public StatusViewModel(TrainingPort training, TrainingPanelViewModel panel, BackgroundExecutor executor,
                           LongSupplier usedBytes, LongSupplier maxBytes) {
        this.usedBytes = usedBytes;
        this.maxBytes = maxBytes;
        database.set("DB: " + training.database());
        jobs = Bindings.createStringBinding(() -> jobsText(panel.runningProperty().get(), panel.queuedProperty().get()),
                panel.runningProperty(), panel.queuedProperty());
        this.training = training;
        this.executor = executor;
        refreshBackend();
        refreshMemory();
    }

    /** Asks the training port where it trains (again, after its jobs moved); in the background, it may be opening. */
    public void refreshBackend() {
        executor.submit(training::device, d -> backend.set(backendText(d)),
                e -> backend.set("ND4J: unavailable (" + e.getMessage() + ")"));
    }

    static String jobsText(int running, int queued) {
        if (running == 0 && queued == 0) {
            return "no jobs";
        }
        return running + " running · " + queued + " queued";
    }

    /**
     * "ND4J: " and the device; on the CPU with its threads, unless the device text already says them. On a cluster:
     * "Jobs on Spark spark://…, 1 core(s) per run".
     */
    static String backendText(String device) {
        int spark = device.indexOf("Spark ");
        if (spark >= 0) {
            // a cluster's executors have their own cores: this machine's threads say nothing about them
            return "Jobs on " + device.substring(spark);
        }
        if (device.startsWith("GPU") || device.contains(" thread")) {
            return "ND4J: " + device;
        }
        return "ND4J: " + device + " · " + threads();
    }

    private static String threads() {
        String omp = System.getenv("OMP_NUM_THREADS");
        int cores = Runtime.getRuntime().availableProcessors();
        return (omp != null && !omp.isBlank() ? omp.trim() : Integer.toString(cores)) + " threads";
    }

    /** Reads the JVM's memory use now. */
    public void refreshMemory() {
        memory.set(String.format(Locale.ROOT, "Memory: %s of %s", mib(usedBytes.getAsLong()), mib(maxBytes.getAsLong())));
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    public StringBinding jobsProperty() {
        return jobs;
    }
}
