package org.scalelab.training.data;

import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST (Zalando Research; Xiao, Rasul and Vollgraf, 2017; MIT licence): 28×28 grey images of 10
 * kinds of clothing, 60,000 for training and 10,000 for testing. Two copies are known: the one bundled with
 * ScaleLab (a stratified subset of the training images and the whole official test split; see
 * {@code assets/fashion-mnist/README.md}) and the full set that the Debian package {@code dataset-fashion-mnist}
 * installs.
 */
public final class FashionMnist {
    /** Label order of the official files. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    /** Where the Debian package puts the four files, gzipped. */
    public static final Path DEBIAN_FOLDER = Path.of("/usr/share/datasets/fashion-mnist");
    /**
     * The bundle's id in run keys. "-v2": since the bundle carries the whole 10,000-image test split (it carried
     * a 2,000-image subset before), so runs scored on the old subset are never taken for runs on this one.
     */
    public static final String BUNDLED_ID = "fashion-mnist-bundled-v2";
    /** The id of the earlier bundle (2,000 test images); projects that name it open on the current bundle. */
    public static final String LEGACY_BUNDLED_ID = "fashion-mnist-bundled";
    public static final String FULL_ID = "fashion-mnist-full";

    static final String BUNDLED_RESOURCES = "/assets/fashion-mnist/";

    /** The bundle, read once per process while memory allows (commands that only need its size ask often). */
    private static SoftReference<LoadedDataset> bundled = new SoftReference<>(null);

    private FashionMnist() {
    }

    /** The bundled set, read from the class path: 12,000 training images (1,200 per class) and the 10,000 official test images. */
    public static synchronized LoadedDataset bundled() {
        LoadedDataset cached = bundled.get();
        if (cached != null) {
            return cached;
        }
        ImageSet train = IdxReader.read(Source.resource(BUNDLED_RESOURCES + TRAIN_IMAGES + ".gz"),
                Source.resource(BUNDLED_RESOURCES + TRAIN_LABELS + ".gz"), CLASS_NAMES);
        ImageSet test = IdxReader.read(Source.resource(BUNDLED_RESOURCES + TEST_IMAGES + ".gz"),
                Source.resource(BUNDLED_RESOURCES + TEST_LABELS + ".gz"), CLASS_NAMES);
        LoadedDataset loaded = new LoadedDataset(BUNDLED_ID, train, test,
                "Fashion-MNIST, bundled (stratified training subset, full test split): " + LoadedDataset.summary(train, test));
        bundled = new SoftReference<>(loaded);
        return loaded;
    }

    /** The full set from a folder holding the four official files, gzipped or not. */
    public static LoadedDataset full(Path folder) {
        ImageSet train = IdxReader.read(file(folder, TRAIN_IMAGES), file(folder, TRAIN_LABELS), CLASS_NAMES);
        ImageSet test = IdxReader.read(file(folder, TEST_IMAGES), file(folder, TEST_LABELS), CLASS_NAMES);
        return new LoadedDataset(FULL_ID, train, test,
                "Fashion-MNIST from " + folder + ": " + LoadedDataset.summary(train, test));
    }

    /** The current id for a dataset id that may name the earlier bundle; any other id is returned as it is. */
    public static String currentId(String id) {
        return LEGACY_BUNDLED_ID.equals(id) ? BUNDLED_ID : id;
    }

    /** Whether a folder holds all four files, gzipped or not. */
    public static boolean isComplete(Path folder) {
        return idxFilesPresent(folder) == 4;
    }

    /** How many of the four IDX files a folder holds. */
    static int idxFilesPresent(Path folder) {
        return (int) List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS).stream()
                .filter(name -> Files.isRegularFile(file(folder, name))).count();
    }

    /** {@code name.gz} when that exists, else {@code name}: the Debian package and the official site gzip them. */
    static Path file(Path folder, String name) {
        Path gzipped = folder.resolve(name + ".gz");
        return Files.exists(gzipped) ? gzipped : folder.resolve(name);
    }
}
