package org.scalelab.training.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Makes the Fashion-MNIST subset bundled in {@code assets/fashion-mnist/}: 1,200 training images per class
 * drawn from the official training set and 200 test images per class from the official test set, by
 * {@link Split#stratified} with a fixed seed, written as gzipped IDX. The same input always gives the same
 * bytes.
 *
 * <pre>java -cp target/classes org.scalelab.training.data.BundledSubsetMaker [full-folder [output-folder]]</pre>
 * The defaults are {@code /usr/share/datasets/fashion-mnist} and {@code assets/fashion-mnist}.
 */
public final class BundledSubsetMaker {
    public static final long SEED = 2017;
    public static final int TRAIN_PER_CLASS = 1200;
    public static final int TEST_PER_CLASS = 200;

    private BundledSubsetMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path source = args.length > 0 ? Path.of(args[0]) : FashionMnist.DEBIAN_FOLDER;
        Path target = args.length > 1 ? Path.of(args[1]) : Path.of("assets", "fashion-mnist");
        LoadedDataset full = FashionMnist.full(source);
        ImageSet train = balancedSubset(full.train(), TRAIN_PER_CLASS);
        ImageSet test = balancedSubset(full.test(), TEST_PER_CLASS);
        Files.createDirectories(target);
        IdxWriter.write(train, target.resolve(FashionMnist.TRAIN_IMAGES + ".gz"),
                target.resolve(FashionMnist.TRAIN_LABELS + ".gz"));
        IdxWriter.write(test, target.resolve(FashionMnist.TEST_IMAGES + ".gz"),
                target.resolve(FashionMnist.TEST_LABELS + ".gz"));
        System.out.println("wrote " + train.size() + " training and " + test.size() + " test images to " + target
                + " (seed " + SEED + ")");
    }

    /** {@code perClass} images of every class, in their original order. */
    static ImageSet balancedSubset(ImageSet set, int perClass) {
        ImageSet subset = Split.stratified(set, perClass * set.classCount(), 0, SEED).train();
        if (Arrays.stream(subset.classCounts()).anyMatch(count -> count != perClass)) {
            throw new IllegalStateException("the source is not balanced enough for " + perClass + " per class: "
                    + Arrays.toString(set.classCounts()));
        }
        return subset;
    }
}
