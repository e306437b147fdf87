package org.scalelab.training.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.training.Recipe;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.data.ImageSet;
import org.scalelab.training.data.LoadedDataset;
import org.scalelab.training.data.Preprocessor;
import org.scalelab.training.data.Split;
import org.scalelab.training.data.Tensor4;

/**
 * Prepares a dataset for each variant: the recipe's seeded, stratified train/validation split, every image
 * resized (bilinear) to the variant's resolution and standardised with the training split's statistics. The
 * test set comes from the dataset's own test split and is only used for the final score. A sweep trains many
 * variants at a handful of resolutions, so the last few prepared resolutions are kept.
 */
public final class VariantData {
    private static final int KEPT = 3;

    private final LoadedDataset dataset;
    private final Map<String, TrainingData> recent = new LinkedHashMap<>(KEPT + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TrainingData> eldest) {
            return size() > KEPT;
        }
    };

    public VariantData(LoadedDataset dataset) {
        this.dataset = dataset;
    }

    public LoadedDataset dataset() {
        return dataset;
    }

    /** The baseline's input adapted to the data: its channels and classes follow the dataset. */
    public NetworkSpec adapt(NetworkSpec spec) {
        ImageSet train = dataset.train();
        return spec.withInput(spec.input().withChannels(train.channels()).withClasses(train.classCount()));
    }

    /**
     * Refuses, before any run is stored, a request this dataset cannot serve: more training images than it has, or a
     * network with another number of classes (see {@link #adapt}; channels are mapped by the preprocessor).
     *
     * @throws DatasetException naming the dataset and the mismatch
     */
    public void check(NetworkSpec spec, Recipe recipe) {
        check(recipe);
        ImageSet train = dataset.train();
        if (spec.input().classes() != train.classCount()) {
            throw new DatasetException(dataset.id(), "it has " + train.classCount() + " classes, but the network "
                    + spec.name() + " ends in " + spec.input().classes());
        }
    }

    /** The recipe's part of {@link #check(NetworkSpec, Recipe)}: at most as many training images as there are. */
    public void check(Recipe recipe) {
        int available = dataset.train().size();
        if (recipe.trainSize() > available) {
            throw new DatasetException(dataset.id(), "the train size " + recipe.trainSize() + " exceeds its "
                    + available + " training images; ask for at most " + available + " (or 0 for all)");
        }
    }

    public synchronized TrainingData prepare(NetworkSpec spec, Recipe recipe) {
        int res = spec.input().resolution();
        int channels = spec.input().channels();
        check(spec, recipe);
        String key = res + "/" + channels + "/" + recipe.trainSize() + "/" + recipe.validationFraction() + "/" + recipe.seed();
        return recent.computeIfAbsent(key, k -> {
            Split split = Split.stratified(dataset.train(), recipe.trainSize(), recipe.validationFraction(), recipe.seed());
            Preprocessor prep = Preprocessor.fit(split.train(), channels, res, res);
            return new TrainingData(samples(prep, split.train()), samples(prep, split.validation()),
                    samples(prep, dataset.test()));
        });
    }

    private static Samples samples(Preprocessor prep, ImageSet set) {
        Tensor4 t = prep.apply(set);
        return new Samples(t.data(), set.labels(), t.n(), t.c(), t.h(), set.classCount());
    }
}
