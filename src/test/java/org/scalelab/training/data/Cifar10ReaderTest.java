package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scalelab.training.data.TestFiles.assertProblem;
import static org.scalelab.training.data.TestFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10ReaderTest {
    private static final int RECORD = 3073;

    @TempDir
    Path dir;

    /** Records whose label is {@code labels[k]} and whose byte at (c, y, x) is {@code k + c + y + x}. */
    static byte[] batch(int... labels) {
        byte[] bytes = new byte[labels.length * RECORD];
        for (int k = 0; k < labels.length; k++) {
            bytes[k * RECORD] = (byte) labels[k];
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 32; y++) {
                    for (int x = 0; x < 32; x++) {
                        bytes[k * RECORD + 1 + (c * 32 + y) * 32 + x] = (byte) (k + c + y + x);
                    }
                }
            }
        }
        return bytes;
    }

    static Path cifarFolder(Path dir, boolean withMeta) {
        for (int b = 0; b < 5; b++) {
            write(dir.resolve(Cifar10Reader.TRAIN_BATCHES.get(b)), batch(2 * b, 2 * b + 1));
        }
        write(dir.resolve(Cifar10Reader.TEST_BATCH), batch(7));
        if (withMeta) {
            write(dir.resolve(Cifar10Reader.META), "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n\n".getBytes());
        }
        return dir;
    }

    @Test
    void aRecordIsALabelThenRedGreenAndBluePlanes() {
        Path file = write(dir.resolve("data_batch_1.bin"), batch(6, 0, 9));
        ImageSet set = Cifar10Reader.readBatches(List.of(file), Cifar10Reader.CLASS_NAMES);

        assertEquals(3, set.size());
        assertEquals(3, set.channels());
        assertEquals(32, set.height());
        assertEquals(32, set.width());
        assertArrayEquals(new int[] {6, 0, 9}, set.labels());
        assertEquals(0, set.pixel(0, 0, 0, 0));
        assertEquals(1 + 2 + 3 + 4, set.pixel(1, 2, 3, 4));
        assertEquals(2 + 1 + 31 + 30, set.pixel(2, 1, 31, 30));
    }

    @Test
    void loadsFiveTrainingBatchesInOrderAndTheTestBatch() throws Exception {
        LoadedDataset data = Cifar10Reader.load(cifarFolder(dir, true));

        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, data.train().labels());
        assertArrayEquals(new int[] {7}, data.test().labels());
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), data.train().classNames());
        assertEquals("cifar10:" + dir.toRealPath(), data.id());
    }

    @Test
    void withoutMetaFileTheClassesHaveTheirOfficialNames() {
        LoadedDataset data = Cifar10Reader.load(cifarFolder(dir, false));
        assertEquals(Cifar10Reader.CLASS_NAMES, data.test().classNames());
    }

    @Test
    void aPartialRecordMeansATruncatedFile() {
        Path file = write(dir.resolve("test_batch.bin"), Arrays.copyOf(batch(1, 2), 2 * RECORD - 100));
        assertProblem(file, "6046 bytes is not a whole number of 3073-byte CIFAR-10 records",
                () -> Cifar10Reader.readBatches(List.of(file), Cifar10Reader.CLASS_NAMES));
    }

    @Test
    void aLabelBeyondTheClassesIsNamedWithItsRecord() {
        Path file = write(dir.resolve("test_batch.bin"), batch(1, 10));
        assertProblem(file, "record 1 has label 10, but there are 10 classes",
                () -> Cifar10Reader.readBatches(List.of(file), Cifar10Reader.CLASS_NAMES));
    }

    @Test
    void anEmptyBatchIsNamed() {
        Path file = write(dir.resolve("test_batch.bin"), new byte[0]);
        assertProblem(file, "the file is empty", () -> Cifar10Reader.readBatches(List.of(file), Cifar10Reader.CLASS_NAMES));
    }

    @Test
    void aMissingTrainingBatchIsNamed() throws Exception {
        cifarFolder(dir, true);
        Files.delete(dir.resolve("data_batch_3.bin"));
        assertProblem(dir.resolve("data_batch_3.bin"), "no such file", () -> Cifar10Reader.load(dir));
    }

    @Test
    void theMetaFileMustNameTenClasses() {
        cifarFolder(dir, false);
        Path meta = write(dir.resolve(Cifar10Reader.META), "cat\ndog\n".getBytes());
        assertProblem(meta, "has 2 class names, CIFAR-10 has 10", () -> Cifar10Reader.load(dir));
    }
}
