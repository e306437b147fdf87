package org.scalelab.ui.recipe;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Optimizer;
import org.scalelab.training.Recipe;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.data.FashionMnist;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The recipe and data panel's state: epochs, training images, batch, optimizer, learning rate, schedule, seed and
 * seeds per variant as typed, and the dataset (the bundled subset, the full Fashion-MNIST, or a folder). Values are
 * checked as the command line checks them (the same {@link Recipe} rules, the same {@link DatasetLocator}), each
 * problem shown beside its field; {@link #apply()} puts a valid recipe and dataset into the workbench (the dataset
 * is read in the background first, so a folder that is no dataset is refused with the reason and nothing changes).
 * A new recipe or dataset means other run keys, so the charts then show the runs stored for it. FX thread only.
 */
public final class RecipePanelViewModel {
    /** The typed fields. */
    public enum Field {
        EPOCHS("epochs"), TRAIN_SIZE("train size"), BATCH("batch size"), LEARNING_RATE("learning rate"), SEED("seed"),
        SEEDS("seeds");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** The name the messages use (as the command line's). */
        public String label() {
            return label;
        }
    }

    /** Where the images come from. */
    public enum Data {
        BUNDLED("Bundled Fashion-MNIST subset", DatasetLocator.BUNDLED),
        FULL("Full Fashion-MNIST", DatasetLocator.FULL_FASHION_MNIST),
        FOLDER("A dataset folder", null);

        private final String label;
        private final String value;

        Data(String label, String value) {
            this.label = label;
            this.value = value;
        }

        public String label() {
            return label;
        }
    }

    private final WorkbenchModel model;
    private final BackgroundExecutor executor;
    private final DatasetProbe probe;
    private final Map<Field, StringProperty> text = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> error = new EnumMap<>(Field.class);
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(this, "optimizer");
    private final ObjectProperty<LearningRateSchedule> schedule = new SimpleObjectProperty<>(this, "schedule");
    private final ObjectProperty<Data> data = new SimpleObjectProperty<>(this, "data", Data.BUNDLED);
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ReadOnlyStringWrapper dataError = new ReadOnlyStringWrapper(this, "dataError", "");
    private final ReadOnlyStringWrapper dataDescription = new ReadOnlyStringWrapper(this, "dataDescription", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed", false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final BooleanBinding canApply;
    private boolean loading;

    /** @param probe reads a dataset to check it (blocking; called in the background) */
    public RecipePanelViewModel(WorkbenchModel model, BackgroundExecutor executor, DatasetProbe probe) {
        this.model = model;
        this.executor = executor;
        this.probe = probe;
        for (Field f : Field.values()) {
            text.put(f, new SimpleStringProperty(this, f.name(), ""));
            error.put(f, new ReadOnlyStringWrapper(this, f.name() + "Error", ""));
            text.get(f).addListener(o -> edited());
        }
        optimizer.addListener(o -> edited());
        schedule.addListener(o -> edited());
        data.addListener(o -> edited());
        folder.addListener(o -> edited());
        canApply = Bindings.createBooleanBinding(() -> changed.get() && valid.get() && !checking.get(), changed, valid,
                checking);
        model.recipeProperty().addListener(o -> load());
        model.datasetProperty().addListener(o -> load());
        model.seedsProperty().addListener(o -> load());
        load();
    }

    /** Shows what the workbench uses now, dropping unapplied edits. */
    public void revert() {
        load();
    }

    private void load() {
        loading = true;
        Recipe r = model.recipeProperty().get();
        text.get(Field.EPOCHS).set(Integer.toString(r.epochs()));
        text.get(Field.TRAIN_SIZE).set(Integer.toString(r.trainSize()));
        text.get(Field.BATCH).set(Integer.toString(r.batchSize()));
        text.get(Field.LEARNING_RATE).set(number(r.learningRate()));
        text.get(Field.SEED).set(Long.toString(r.seed()));
        text.get(Field.SEEDS).set(Integer.toString(model.seedsProperty().get()));
        optimizer.set(r.optimizer());
        schedule.set(r.schedule());
        String id = model.datasetProperty().get();
        if (FashionMnist.BUNDLED_ID.equals(id)) {
            data.set(Data.BUNDLED);
        } else if (FashionMnist.FULL_ID.equals(id)) {
            data.set(Data.FULL);
        } else {
            data.set(Data.FOLDER);
            folder.set(id);
        }
        dataDescription.set(describe(id));
        loading = false;
        dataError.set("");
        edited();
    }

    private void edited() {
        if (loading) {
            return;
        }
        Recipe r = parse();
        boolean ok = r != null && parseSeeds() > 0 && (data.get() != Data.FOLDER || !folder.get().isBlank());
        valid.set(ok);
        changed.set(r == null || !r.equals(model.recipeProperty().get()) || parseSeeds() != model.seedsProperty().get()
                || !dataValue().equals(currentDataValue()));
        if (data.get() == Data.FOLDER && folder.get().isBlank()) {
            dataError.set("choose the folder that holds the dataset's files");
        } else if (!checking.get()) {
            dataError.set("");
        }
        message.set("");
    }

    /** The recipe as typed, or null with each bad field's error set (the command line's words). */
    Recipe parse() {
        for (Field f : Field.values()) {
            error.get(f).set("");
        }
        Recipe now = model.recipeProperty().get();
        Integer epochs = whole(Field.EPOCHS);
        Integer trainSize = whole(Field.TRAIN_SIZE);
        Integer batch = whole(Field.BATCH);
        Double lr = decimal(Field.LEARNING_RATE);
        Long seed = seed();
        if (epochs == null || trainSize == null || batch == null || lr == null || seed == null
                || optimizer.get() == null || schedule.get() == null) {
            return null;
        }
        try {
            return new Recipe(epochs, batch, optimizer.get(), lr, schedule.get(), now.weightDecay(), seed, trainSize,
                    now.validationFraction());
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            for (Field f : Field.values()) {
                if (m.startsWith(f.label() + ":")) {
                    error.get(f).set(m);
                    return null;
                }
            }
            error.get(Field.EPOCHS).set(m);
            return null;
        }
    }

    private int parseSeeds() {
        Integer n = whole(Field.SEEDS);
        if (n == null) {
            return -1;
        }
        if (n < 1 || n > WorkbenchModel.MAX_SEEDS) {
            error.get(Field.SEEDS).set("seeds: " + n + " must lie in 1.." + WorkbenchModel.MAX_SEEDS);
            return -1;
        }
        return n;
    }

    private Integer whole(Field f) {
        String t = text.get(f).get().trim().replace("_", "").replace(",", "");
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            error.get(f).set(f.label() + ": '" + text.get(f).get().trim() + "' is not a whole number");
            return null;
        }
    }

    private Double decimal(Field f) {
        String t = text.get(f).get().trim();
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error.get(f).set(f.label() + ": '" + t + "' is not a number");
        return null;
    }

    private Long seed() {
        String t = text.get(Field.SEED).get().trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            error.get(Field.SEED).set("seed: '" + t + "' is not a whole number");
            return null;
        }
    }

    /** What {@link DatasetLocator} is asked for: bundled, fashion-mnist, or the folder (or dataset id) typed. */
    private String dataValue() {
        return data.get() == Data.FOLDER ? folder.get().trim() : data.get().value;
    }

    private String currentDataValue() {
        String id = model.datasetProperty().get();
        if (FashionMnist.BUNDLED_ID.equals(id)) {
            return DatasetLocator.BUNDLED;
        }
        return FashionMnist.FULL_ID.equals(id) ? DatasetLocator.FULL_FASHION_MNIST : id;
    }

    /**
     * Puts the recipe, the seeds and the dataset into the workbench when all are valid; a new dataset is read first
     * (in the background), and only if it can be used does anything change.
     */
    public void apply() {
        Recipe r = parse();
        int seeds = parseSeeds();
        if (r == null || seeds < 1) {
            message.set("Not applied: correct the fields marked in red.");
            return;
        }
        String value = dataValue();
        if (value.equals(currentDataValue())) {
            commit(r, seeds, model.datasetProperty().get(), dataDescription.get());
            return;
        }
        checking.set(true);
        dataError.set("");
        message.set("Reading the dataset to check it…");
        executor.submit(() -> probe.probe(value), d -> {
            checking.set(false);
            commit(r, seeds, d.id(), d.description());
        }, e -> {
            checking.set(false);
            dataError.set(e.getMessage() == null ? e.toString() : e.getMessage());
            message.set("Not applied: the dataset cannot be used.");
        });
    }

    private void commit(Recipe r, int seeds, String datasetId, String description) {
        model.datasetProperty().set(datasetId);
        model.recipeProperty().set(r);
        model.seedsProperty().set(seeds);
        load();
        dataDescription.set(description);
        message.set("Applied: the charts and the table now show the runs of this recipe and data.");
    }

    private static String describe(String id) {
        if (FashionMnist.BUNDLED_ID.equals(id)) {
            return "12,000 training and the official 10,000 test images, 28×28 grey, 10 classes, packed in the app";
        }
        if (FashionMnist.FULL_ID.equals(id)) {
            return "60,000 training and 10,000 test images (Debian package dataset-fashion-mnist)";
        }
        return id;
    }

    /** One line for the window's title: "3 epochs · batch 64 · ADAM lr 0.002 COSINE · seed 42 × 1 · bundled data". */
    public static String summary(Recipe r, int seeds, String dataset) {
        String data = FashionMnist.BUNDLED_ID.equals(dataset) ? "bundled Fashion-MNIST"
                : FashionMnist.FULL_ID.equals(dataset) ? "full Fashion-MNIST" : dataset;
        return String.format(Locale.ROOT, "%d epoch%s · %s images · batch %d · %s lr %s %s · seed %d%s · %s", r.epochs(),
                r.epochs() == 1 ? "" : "s", r.trainSize() == 0 ? "all" : Integer.toString(r.trainSize()), r.batchSize(),
                r.optimizer().name().toLowerCase(Locale.ROOT), number(r.learningRate()),
                r.schedule().name().toLowerCase(Locale.ROOT), r.seed(), seeds == 1 ? "" : " × " + seeds + " seeds", data);
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    public StringProperty textProperty(Field f) {
        return text.get(f);
    }

    /** Empty, or why the field's value is refused (e.g. "epochs: 0 must lie in 1..1000"). */
    public ReadOnlyStringProperty errorProperty(Field f) {
        return error.get(f).getReadOnlyProperty();
    }

    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    public ObjectProperty<LearningRateSchedule> scheduleProperty() {
        return schedule;
    }

    public ObjectProperty<Data> dataProperty() {
        return data;
    }

    /** The folder (or dataset id such as {@code cifar10:/data/cifar}) when {@link #dataProperty()} is a folder. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** Empty, or why the dataset cannot be used (the data reader's own words, naming the file). */
    public ReadOnlyStringProperty dataErrorProperty() {
        return dataError.getReadOnlyProperty();
    }

    /** What the dataset in use holds. */
    public ReadOnlyStringProperty dataDescriptionProperty() {
        return dataDescription.getReadOnlyProperty();
    }

    /** The last apply's outcome, in a sentence; empty while editing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A dataset is being read to check it. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Something differs from what the workbench uses. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Every field is valid. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }
}
