package org.scalelab.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Recipe;
import org.scalelab.training.data.FashionMnist;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.recipe.RecipePanelViewModel.Data;
import org.scalelab.ui.recipe.RecipePanelViewModel.Field;
import org.scalelab.ui.workbench.WorkbenchModel;

class RecipePanelViewModelTest {
    private final WorkbenchModel model = new WorkbenchModel(new DirectExecutor());
    /** Answers for the two Fashion-MNIST values without reading them; anything else is read for real. */
    private final DatasetProbe probe = value -> switch (value) {
        case "bundled" -> new DatasetProbe.Found(FashionMnist.BUNDLED_ID, "bundled");
        case "fashion-mnist" -> new DatasetProbe.Found(FashionMnist.FULL_ID, "full");
        default -> DatasetProbe.locator().probe(value);
    };
    private final RecipePanelViewModel vm = new RecipePanelViewModel(model, new DirectExecutor(), probe);

    @Test
    void showsTheWorkbenchsRecipe() {
        Recipe r = model.recipeProperty().get();
        assertEquals(Integer.toString(r.epochs()), vm.textProperty(Field.EPOCHS).get());
        assertEquals("0.002", vm.textProperty(Field.LEARNING_RATE).get());
        assertEquals(Data.BUNDLED, vm.dataProperty().get());
        assertFalse(vm.changedProperty().get());
    }

    @Test
    void refusesWhatTheCommandLineRefusesInItsWords() {
        vm.textProperty(Field.EPOCHS).set("0");
        assertEquals(message(() -> Recipe.defaults().withEpochs(0)), vm.errorProperty(Field.EPOCHS).get());
        assertEquals("epochs: 0 must lie in 1..1000", vm.errorProperty(Field.EPOCHS).get());
        assertFalse(vm.canApplyProperty().get());
        vm.textProperty(Field.EPOCHS).set("3");
        vm.textProperty(Field.BATCH).set("5000");
        assertEquals(message(() -> Recipe.defaults().withBatchSize(5000)), vm.errorProperty(Field.BATCH).get());
        vm.textProperty(Field.BATCH).set("64");
        vm.textProperty(Field.LEARNING_RATE).set("abc");
        assertEquals("learning rate: 'abc' is not a number", vm.errorProperty(Field.LEARNING_RATE).get());
        vm.textProperty(Field.LEARNING_RATE).set("12");
        assertTrue(vm.errorProperty(Field.LEARNING_RATE).get().startsWith("learning rate: 12.0 must lie in (0, 10)"),
                vm.errorProperty(Field.LEARNING_RATE).get());
        vm.textProperty(Field.LEARNING_RATE).set("0.002");
        vm.textProperty(Field.SEEDS).set("21");
        assertEquals("seeds: 21 must lie in 1.." + WorkbenchModel.MAX_SEEDS, vm.errorProperty(Field.SEEDS).get());
        Recipe before = model.recipeProperty().get();
        vm.apply();
        assertEquals(before, model.recipeProperty().get(), "nothing is applied while a field is wrong");
        assertTrue(vm.messageProperty().get().startsWith("Not applied"), vm.messageProperty().get());
    }

    private static String message(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void applyingChangesTheRecipeAndSoTheRunKeys() {
        var v = model.selectedProperty().get();
        String before = model.requestFor(v).key();
        vm.textProperty(Field.EPOCHS).set("5");
        vm.textProperty(Field.TRAIN_SIZE).set("3000");
        vm.scheduleProperty().set(LearningRateSchedule.CONSTANT);
        vm.textProperty(Field.SEEDS).set("3");
        assertTrue(vm.canApplyProperty().get());
        vm.apply();
        Recipe r = model.recipeProperty().get();
        assertEquals(5, r.epochs());
        assertEquals(3000, r.trainSize());
        assertEquals(LearningRateSchedule.CONSTANT, r.schedule());
        assertEquals(3, model.seedsProperty().get());
        assertNotEquals(before, model.requestFor(v).key());
        assertEquals(5, model.requestFor(v).recipe().epochs());
        assertFalse(vm.changedProperty().get());
        vm.textProperty(Field.EPOCHS).set("3");
        vm.textProperty(Field.TRAIN_SIZE).set("0");
        vm.scheduleProperty().set(LearningRateSchedule.COSINE);
        vm.apply();
        assertEquals(before, model.requestFor(v).key(), "the old recipe gives the old key back");
    }

    @Test
    void aNewDatasetIsCheckedFirstAndABadFolderChangesNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "no images here");
        vm.dataProperty().set(Data.FOLDER);
        assertFalse(vm.canApplyProperty().get(), "a folder must be named");
        vm.folderProperty().set(dir.toString());
        vm.textProperty(Field.EPOCHS).set("4");
        vm.apply();
        // The command line's reader and words: the folder, then what is wrong with it.
        String error = vm.dataErrorProperty().get();
        assertTrue(error.contains(dir.toString()) && error.contains("not a dataset folder"), error);
        assertEquals(FashionMnist.BUNDLED_ID, model.datasetProperty().get());
        assertEquals(Recipe.DEFAULT_EPOCHS, model.recipeProperty().get().epochs(), "the recipe waits for its data");

        vm.dataProperty().set(Data.FULL);
        vm.apply();
        assertEquals(FashionMnist.FULL_ID, model.datasetProperty().get());
        assertEquals(4, model.recipeProperty().get().epochs());
        var v = model.selectedProperty().get();
        assertEquals(FashionMnist.FULL_ID, model.requestFor(v).dataset());
    }

    @Test
    void theTitleLineSummarisesRecipeAndData() {
        assertEquals("3 epochs · all images · batch 64 · adam lr 0.002 cosine · seed 42 · bundled Fashion-MNIST",
                RecipePanelViewModel.summary(Recipe.defaults(), 1, FashionMnist.BUNDLED_ID));
        assertTrue(RecipePanelViewModel.summary(Recipe.defaults().withTrainSize(3000), 3, FashionMnist.FULL_ID)
                .contains("3000 images · batch 64 · adam lr 0.002 cosine · seed 42 × 3 seeds · full Fashion-MNIST"));
    }
}
