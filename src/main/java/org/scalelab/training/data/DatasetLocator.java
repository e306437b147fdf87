package org.scalelab.training.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Resolves what a user passes as {@code --data} to a {@link LoadedDataset}:
 * <ul>
 *   <li>{@code bundled} (the default) or {@code fashion-mnist-bundled-v2}: the Fashion-MNIST bundled in the jar
 *       (the earlier bundle's id {@code fashion-mnist-bundled} reads as this one too);</li>
 *   <li>{@code fashion-mnist} or {@code fashion-mnist-full}: the full Fashion-MNIST where the Debian package
 *       {@code dataset-fashion-mnist} installs it;</li>
 *   <li>a folder, recognised by its content: the four MNIST-named IDX files ({@code train-images-idx3-ubyte},
 *       {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte}, each
 *       optionally {@code .gz}; classes named by number), CIFAR-10 binary batches ({@code data_batch_1.bin} …),
 *       or one sub-folder of images per class ({@link ImageFolderOptions#DEFAULT});</li>
 *   <li>a dataset id such as {@code cifar10:/data/cifar-10-batches-bin}, {@code images:/data/pets} or
 *       {@code idx:/data/mnist}: the folder, read as that kind.</li>
 * </ul>
 * Every dataset's id is itself a value this class accepts, so a run's dataset can be found again from its id
 * (except image-folder ids with non-default options, which {@link ImageFolderReader#load} alone produces).
 */
public final class DatasetLocator {
    public static final String BUNDLED = "bundled";
    public static final String FULL_FASHION_MNIST = "fashion-mnist";

    private static final String CIFAR_PREFIX = "cifar10:";
    private static final String IMAGES_PREFIX = "images:";
    private static final String IDX_PREFIX = "idx:";

    private final Path fullFashionMnist;

    /** Looks for the full Fashion-MNIST in {@link FashionMnist#DEBIAN_FOLDER}. */
    public DatasetLocator() {
        this(FashionMnist.DEBIAN_FOLDER);
    }

    /** Looks for the full Fashion-MNIST in {@code fullFashionMnist} instead. */
    public DatasetLocator(Path fullFashionMnist) {
        this.fullFashionMnist = fullFashionMnist;
    }

    /** Whether the full Fashion-MNIST is installed where this locator looks for it. */
    public boolean hasFullFashionMnist() {
        return FashionMnist.isComplete(fullFashionMnist);
    }

    /** @throws DatasetException naming the value, folder or file that cannot be used, and why */
    public LoadedDataset load(String data) {
        if (data == null || data.isBlank()) {
            throw new DatasetException("--data", "no dataset given; use " + BUNDLED + ", " + FULL_FASHION_MNIST
                    + " or a folder");
        }
        String value = data.strip();
        if (value.equals(BUNDLED) || FashionMnist.currentId(value).equals(FashionMnist.BUNDLED_ID)) {
            return FashionMnist.bundled();
        }
        if (value.equals(FULL_FASHION_MNIST) || value.equals(FashionMnist.FULL_ID)) {
            if (!hasFullFashionMnist()) {
                throw new DatasetException(fullFashionMnist, "the full Fashion-MNIST is not installed here (install the"
                        + " Debian package dataset-fashion-mnist, or use --data " + BUNDLED + ")");
            }
            return FashionMnist.full(fullFashionMnist);
        }
        if (value.startsWith(CIFAR_PREFIX)) {
            return Cifar10Reader.load(existingFolder(value.substring(CIFAR_PREFIX.length())));
        }
        if (value.startsWith(IMAGES_PREFIX)) {
            return ImageFolderReader.load(existingFolder(value.substring(IMAGES_PREFIX.length())),
                    ImageFolderOptions.DEFAULT);
        }
        if (value.startsWith(IDX_PREFIX)) {
            return idxFolder(existingFolder(value.substring(IDX_PREFIX.length())));
        }
        return folder(existingFolder(value));
    }

    private LoadedDataset folder(Path folder) {
        if (Files.exists(fullFashionMnist) && canonical(folder).equals(canonical(fullFashionMnist))) {
            return FashionMnist.full(folder);
        }
        if (FashionMnist.idxFilesPresent(folder) > 0) {
            return idxFolder(folder);
        }
        if (Files.exists(folder.resolve(Cifar10Reader.TRAIN_BATCHES.get(0)))
                || Files.exists(folder.resolve(Cifar10Reader.TEST_BATCH))) {
            return Cifar10Reader.load(folder);
        }
        if (hasSubFolder(folder)) {
            return ImageFolderReader.load(folder, ImageFolderOptions.DEFAULT);
        }
        throw new DatasetException(folder, "not a dataset folder: expected the IDX files " + FashionMnist.TRAIN_IMAGES
                + "[.gz] …, the CIFAR-10 batches " + Cifar10Reader.TRAIN_BATCHES.get(0)
                + " …, or one sub-folder of images per class");
    }

    /** MNIST-named IDX files of any MNIST-like dataset; classes are named by number. */
    private static LoadedDataset idxFolder(Path folder) {
        for (String name : List.of(FashionMnist.TRAIN_IMAGES, FashionMnist.TRAIN_LABELS, FashionMnist.TEST_IMAGES,
                FashionMnist.TEST_LABELS)) {
            if (!Files.isRegularFile(FashionMnist.file(folder, name))) {
                throw new DatasetException(folder.resolve(name), "missing (nor " + name + ".gz); an IDX folder needs "
                        + "train and t10k image and label files");
            }
        }
        ImageSet train = IdxReader.read(FashionMnist.file(folder, FashionMnist.TRAIN_IMAGES),
                FashionMnist.file(folder, FashionMnist.TRAIN_LABELS));
        Path testImages = FashionMnist.file(folder, FashionMnist.TEST_IMAGES);
        ImageSet test = IdxReader.read(testImages, FashionMnist.file(folder, FashionMnist.TEST_LABELS),
                train.classNames());
        if (test.height() != train.height() || test.width() != train.width()) {
            throw new DatasetException(testImages, "images are " + test.height() + "×" + test.width()
                    + " but the training images are " + train.height() + "×" + train.width());
        }
        return new LoadedDataset(IDX_PREFIX + canonical(folder), train, test,
                "IDX images from " + folder + ": " + LoadedDataset.summary(train, test));
    }

    private static Path existingFolder(String value) {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new DatasetException(value, "not a valid path: " + e.getReason());
        }
        if (!Files.exists(path)) {
            throw new DatasetException(value, "no such file or folder; --data takes " + BUNDLED + ", "
                    + FULL_FASHION_MNIST + " or a dataset folder");
        }
        if (!Files.isDirectory(path)) {
            throw new DatasetException(value, "not a folder; --data takes the folder that holds the dataset's files");
        }
        return path;
    }

    private static boolean hasSubFolder(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            throw new DatasetException(folder, "cannot list: " + DatasetException.reason(e), e);
        }
    }

    /** The absolute path without links, so that one folder always gets one id. */
    static String canonical(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize().toString();
        }
    }
}
