package org.scalelab.training.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scalelab.platform.InputFileException;
import org.scalelab.platform.InputFiles;

/**
 * Reads the CIFAR-10 binary version ({@code cifar-10-batches-bin}): each batch file is a run of 3073-byte
 * records, one label byte then 32×32 red, 32×32 green and 32×32 blue bytes, rows top to bottom, which is
 * already the CHW layout of {@link ImageSet}.
 */
public final class Cifar10Reader {
    /** The names in the official {@code batches.meta.txt}, used when a folder lacks that file. */
    public static final List<String> CLASS_NAMES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog",
            "frog", "horse", "ship", "truck");
    public static final List<String> TRAIN_BATCHES = List.of("data_batch_1.bin", "data_batch_2.bin",
            "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin");
    public static final String TEST_BATCH = "test_batch.bin";
    public static final String META = "batches.meta.txt";

    private static final int SIDE = 32;
    private static final int IMAGE_BYTES = 3 * SIDE * SIDE;
    private static final int RECORD_BYTES = 1 + IMAGE_BYTES;
    /** Ten class names; the official file is 61 bytes. */
    private static final long META_MAX_BYTES = 64 << 10;

    private Cifar10Reader() {
    }

    /** Reads the five training batches and the test batch of a folder, with its class names if it has them. */
    public static LoadedDataset load(Path folder) {
        List<String> classNames = Files.exists(folder.resolve(META)) ? readClassNames(folder.resolve(META)) : CLASS_NAMES;
        List<Path> trainBatches = TRAIN_BATCHES.stream().map(folder::resolve).toList();
        ImageSet train = readBatches(trainBatches, classNames);
        ImageSet test = readBatches(List.of(folder.resolve(TEST_BATCH)), classNames);
        return new LoadedDataset("cifar10:" + DatasetLocator.canonical(folder), train, test,
                "CIFAR-10 from " + folder + ": " + LoadedDataset.summary(train, test));
    }

    /** Reads batch files into one set, in the order given. */
    public static ImageSet readBatches(List<Path> batches, List<String> classNames) {
        long total = 0;
        for (Path batch : batches) {
            total += recordCount(batch);
        }
        if (total * IMAGE_BYTES > Integer.MAX_VALUE - 8) {
            throw new DatasetException(batches.get(0).getParent(), "too many CIFAR records to hold in memory: " + total);
        }
        byte[] pixels = new byte[(int) total * IMAGE_BYTES];
        int[] labels = new int[(int) total];
        int image = 0;
        for (Path batch : batches) {
            byte[] records = readAll(batch);
            for (int offset = 0; offset < records.length; offset += RECORD_BYTES, image++) {
                labels[image] = records[offset] & 0xFF;
                if (labels[image] >= classNames.size()) {
                    throw new DatasetException(batch, "record " + offset / RECORD_BYTES + " has label " + labels[image]
                            + ", but there are " + classNames.size() + " classes");
                }
                System.arraycopy(records, offset + 1, pixels, image * IMAGE_BYTES, IMAGE_BYTES);
            }
        }
        return new ImageSet(3, SIDE, SIDE, pixels, labels, classNames);
    }

    /** The non-blank lines of {@code batches.meta.txt}, one class name each, label order. */
    public static List<String> readClassNames(Path meta) {
        List<String> names = new ArrayList<>();
        for (String line : readLines(meta)) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        if (names.size() != CLASS_NAMES.size()) {
            throw new DatasetException(meta, "has " + names.size() + " class names, CIFAR-10 has "
                    + CLASS_NAMES.size());
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new DatasetException(meta, "names a class twice: " + names);
        }
        return names;
    }

    private static long recordCount(Path batch) {
        if (Files.exists(batch) && !Files.isRegularFile(batch)) {
            throw new DatasetException(batch, "is not a regular file (a folder, pipe or device)");
        }
        long size;
        try {
            size = Files.size(batch);
        } catch (NoSuchFileException e) {
            throw new DatasetException(batch, "no such file; a CIFAR-10 folder has " + TRAIN_BATCHES + " and "
                    + TEST_BATCH);
        } catch (IOException e) {
            throw new DatasetException(batch, "cannot read: " + DatasetException.reason(e), e);
        }
        if (size == 0) {
            throw new DatasetException(batch, "the file is empty");
        }
        if (size % RECORD_BYTES != 0) {
            throw new DatasetException(batch, size + " bytes is not a whole number of " + RECORD_BYTES
                    + "-byte CIFAR-10 records (truncated, or not CIFAR-10?)");
        }
        return size / RECORD_BYTES;
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot read: " + DatasetException.reason(e), e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return InputFiles.readText(file, META_MAX_BYTES).lines().toList();
        } catch (InputFileException e) {
            throw new DatasetException(file, e.problem());
        }
    }
}
