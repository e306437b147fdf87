package org.scalelab.training.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scalelab.training.LearningRateSchedule;
import org.scalelab.training.Optimizer;
import org.scalelab.training.Recipe;

class RecipeJsonTest {
    private static final String DEFAULTS = RecipeJson.write(Recipe.defaults());

    @Test
    void everyRecipeReadsBackEqual() {
        for (Optimizer o : Optimizer.values()) {
            for (LearningRateSchedule s : LearningRateSchedule.values()) {
                Recipe r = new Recipe(7, 128, o, 1.0 / 3, s, 4e-5, -9_007_199_254_740_993L, 5000, 0.15);
                assertEquals(r, RecipeJson.read(RecipeJson.write(r)));
            }
        }
    }

    @Test
    void defaultsAreWrittenWithStableFieldNames() {
        assertEquals("{\"epochs\":3,\"batchSize\":64,\"optimizer\":\"ADAM\",\"learningRate\":0.002,"
                + "\"schedule\":\"COSINE\",\"weightDecay\":5.0E-5,\"seed\":42,\"trainSize\":0,"
                + "\"validationFraction\":0.1}", DEFAULTS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"epochs\":3,           | \"epochs\":3,\"momentum\":0.9, | recipe.momentum: unknown field",
            "\"epochs\":3,           | \"epochs\":null,               | recipe.epochs: missing",
            "\"batchSize\":64,       | \"batchSize\":64.5,            | recipe.batchSize: 64.5 is not a whole number",
            "\"batchSize\":64,       | \"batchSize\":\"64\",          | recipe.batchSize: \"64\" is not a whole number",
            "\"seed\":42,            | \"seed\":1e3,                  | recipe.seed: 1000.0 is not a whole number",
            "\"trainSize\":0,        | \"trainSize\":4294967296,      | recipe.trainSize: 4294967296 is too large",
            "\"learningRate\":0.002, | \"learningRate\":true,         | recipe.learningRate: true is not a number",
            "\"optimizer\":\"ADAM\", | \"optimizer\":\"adam\",        | recipe.optimizer: \"adam\" is not one of",
            "\"schedule\":\"COSINE\",| \"schedule\":1,                | recipe.schedule: 1 is not one of",
            "\"epochs\":3,           | \"epochs\":0,                  | recipe: epochs: 0 must lie in 1..1000",
            "\"epochs\":3,           | \"epochs\":3,\"epochs\":4,     | recipe: not valid JSON (line 1, column 21): Duplicate field 'epochs'"})
    void readingIsStrictAndNamesTheField(String field, String replacement, String expectedStart) {
        assertProblem(expectedStart, DEFAULTS.replace(field, replacement));
    }

    @Test
    void aMissingFieldIsNamed() {
        assertProblem("recipe.seed: missing", DEFAULTS.replace("\"seed\":42,", ""));
    }

    private static void assertProblem(String expectedStart, String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecipeJson.read(json), json);
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void onlyOneJsonObjectIsARecipe() {
        assertThrows(IllegalArgumentException.class, () -> RecipeJson.read(DEFAULTS + " {}"));
        assertThrows(IllegalArgumentException.class, () -> RecipeJson.read("[]"));
        assertThrows(IllegalArgumentException.class, () -> RecipeJson.read(""));
    }
}
