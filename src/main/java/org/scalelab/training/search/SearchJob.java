package org.scalelab.training.search;

import org.scalelab.domain.search.SearchSettings;
import org.scalelab.domain.search.SearchSpace;
import org.scalelab.training.Recipe;

/**
 * Everything a coefficient search trains with.
 *
 * @param space        the candidates (enumerated from the baseline already adapted to the dataset's channels and classes)
 * @param settings     halving schedule, objective, seeds per finalist
 * @param dataset      the dataset id runs are keyed by
 * @param recipe       the base recipe; each run uses it with its rung's epochs and its replicate's seed
 *                     ({@code seed + replicate})
 * @param score        which accuracy selects
 * @param experimentId the store's experiment the runs are linked to
 */
public record SearchJob(SearchSpace space, SearchSettings settings, String dataset, Recipe recipe, ScoreSource score,
                        long experimentId) {

    public SearchJob {
        if (space == null || settings == null || dataset == null || recipe == null || score == null) {
            throw new IllegalArgumentException("a search needs a space, settings, a dataset, a recipe and a score");
        }
        if (score == ScoreSource.VALIDATION && recipe.validationFraction() <= 0) {
            throw new IllegalArgumentException("the recipe holds out no validation images; select on the test score");
        }
    }

    /** The same job, its runs filed under another experiment. */
    public SearchJob inExperiment(long experiment) {
        return new SearchJob(space, settings, dataset, recipe, score, experiment);
    }
}
