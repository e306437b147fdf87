package org.scalelab.ui.recipe;

import java.io.File;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Optimizer;
import org.scalelab.ui.recipe.RecipePanelViewModel.Data;
import org.scalelab.ui.recipe.RecipePanelViewModel.Field;

/**
 * The recipe and data panel: one field per setting of how variants are trained, the dataset, and Apply / Revert.
 * A refused value turns its field red with the reason under it. Binds to a {@link RecipePanelViewModel}.
 */
public final class RecipePanelView extends BorderPane {
    private static final String INVALID = "invalid";
    private final Map<Field, TextField> fields = new EnumMap<>(Field.class);

    public RecipePanelView(RecipePanelViewModel vm) {
        setId("recipePanel");
        getStyleClass().add("recipe-panel");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(5);
        int row = 0;
        row = field(grid, row, vm, Field.EPOCHS, "Epochs", "Passes over the training images (1 to 1000)");
        row = field(grid, row, vm, Field.TRAIN_SIZE, "Training images", "Images drawn (stratified, seeded) from the "
                + "training split; 0 = all of them. 10% of them are held out for validation");
        row = field(grid, row, vm, Field.BATCH, "Batch size", "Images per step (1 to 4096)");
        ComboBox<Optimizer> optimizer = new ComboBox<>();
        optimizer.setId("optimizerBox");
        optimizer.getItems().setAll(Optimizer.values());
        optimizer.valueProperty().bindBidirectional(vm.optimizerProperty());
        row = control(grid, row, "Optimizer", optimizer);
        row = field(grid, row, vm, Field.LEARNING_RATE, "Learning rate", "The base learning rate, in (0, 10)");
        ComboBox<LearningRateSchedule> schedule = new ComboBox<>();
        schedule.setId("scheduleBox");
        schedule.getItems().setAll(LearningRateSchedule.values());
        schedule.valueProperty().bindBidirectional(vm.scheduleProperty());
        row = control(grid, row, "Schedule", schedule);
        row = field(grid, row, vm, Field.SEED, "Seed", "Seed for the weights, the validation split and the shuffles");
        field(grid, row, vm, Field.SEEDS, "Seeds per variant", "Runs per variant: the seed, seed + 1, …; the charts "
                + "show their mean with ± 1 standard deviation");

        VBox data = new VBox(4);
        Label dataTitle = new Label("Data");
        dataTitle.getStyleClass().add("recipe-heading");
        data.getChildren().add(dataTitle);
        ToggleGroup group = new ToggleGroup();
        for (Data d : Data.values()) {
            RadioButton b = new RadioButton(d.label());
            b.setId("data-" + d.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(d);
            b.setMinWidth(Region.USE_PREF_SIZE);
            data.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.dataProperty().set((Data) now.getUserData());
            }
        });
        Runnable showData = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == vm.dataProperty().get()));
        vm.dataProperty().addListener(o -> showData.run());
        showData.run();
        TextField folder = new TextField();
        folder.setId("dataFolderField");
        folder.setPromptText("a folder: IDX files, CIFAR-10 batches or one sub-folder per class");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        folder.disableProperty().bind(vm.dataProperty().isNotEqualTo(Data.FOLDER));
        folder.setOnAction(e -> vm.apply());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setId("browseDataButton");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("The folder that holds the dataset");
            File f = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                vm.dataProperty().set(Data.FOLDER);
                vm.folderProperty().set(f.getAbsolutePath());
            }
        });
        HBox folderRow = new HBox(6, folder, browse);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        Label description = wrapped("dataDescription", "recipe-note");
        description.textProperty().bind(vm.dataDescriptionProperty());
        Label dataError = wrapped("dataError", "recipe-error");
        dataError.textProperty().bind(vm.dataErrorProperty());
        dataError.visibleProperty().bind(vm.dataErrorProperty().isNotEmpty());
        dataError.managedProperty().bind(dataError.visibleProperty());
        data.getChildren().addAll(folderRow, description, dataError);

        Button apply = new Button("Apply");
        apply.setId("applyRecipeButton");
        apply.setDefaultButton(false);
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.apply());
        apply.setTooltip(new Tooltip("Use this recipe and data: runs are stored by recipe, data and seed, so the charts "
                + "then show the runs of these settings"));
        Button revert = new Button("Revert");
        revert.setId("revertRecipeButton");
        revert.disableProperty().bind(vm.changedProperty().not());
        revert.setOnAction(e -> vm.revert());
        apply.setMinWidth(Region.USE_PREF_SIZE);
        revert.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, apply, revert);
        Label message = wrapped("recipeMessage", "recipe-note");
        message.textProperty().bind(Bindings.when(vm.checkingProperty()).then("Reading the dataset to check it…")
                .otherwise(vm.messageProperty()));

        Label note = wrapped("recipeNote", "recipe-note");
        note.setText("Each run is stored under its network, recipe, data and seed: change any of them and the "
                + "charts show the runs of the new settings (trained ones answer at once).");

        VBox box = new VBox(10, grid, data, buttons, message, note);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
    }

    private int field(GridPane grid, int row, RecipePanelViewModel vm, Field f, String label, String tip) {
        TextField field = new TextField();
        field.setId(idOf(f));
        field.setPrefColumnCount(7);
        field.textProperty().bindBidirectional(vm.textProperty(f));
        field.setOnAction(e -> vm.apply());
        field.setTooltip(new Tooltip(tip));
        Label error = wrapped(idOf(f) + "Error", "recipe-error");
        error.textProperty().bind(vm.errorProperty(f));
        error.visibleProperty().bind(vm.errorProperty(f).isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        vm.errorProperty(f).addListener((o, was, now) -> {
            field.getStyleClass().remove(INVALID);
            if (!now.isEmpty()) {
                field.getStyleClass().add(INVALID);
            }
        });
        fields.put(f, field);
        int next = control(grid, row, label, field);
        grid.add(error, 0, next, 2, 1);
        return next + 1;
    }

    private static int control(GridPane grid, int row, String text, Region control) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        control.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        grid.addRow(row, label, control);
        return row + 1;
    }

    private static Label wrapped(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    static String idOf(Field f) {
        return switch (f) {
            case EPOCHS -> "epochsField";
            case TRAIN_SIZE -> "trainSizeField";
            case BATCH -> "batchField";
            case LEARNING_RATE -> "learningRateField";
            case SEED -> "seedField";
            case SEEDS -> "seedsField";
        };
    }
}
