package org.scalelab.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.training.data.Cifar10Reader;
import org.scalelab.training.data.DatasetException;
import org.scalelab.training.data.DatasetLocator;
import org.scalelab.training.data.IdxReader;
import org.scalelab.training.data.ImageSet;
import org.scalelab.training.data.LoadedDataset;

/**
 * The dataset readers on broken files: every outcome is a consistent set or a DatasetException that names the file;
 * never another exception, an allocation the header asked for, or a hang.
 */
class DatasetReaderPropertiesTest {
    @TempDir
    Path dir;

    private void readOrRefuse(Runnable read) {
        try {
            read.run();
        } catch (DatasetException e) {
            assertTrue(Properties.oneLine(e.getMessage()), () -> "one line: " + e.getMessage());
            assertTrue(e.getMessage().startsWith(e.source() + ": "), e.getMessage());
        }
    }

    private Path folder(long seed, String kind) {
        try {
            return Files.createDirectories(dir.resolve(kind + Long.toHexString(seed)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void idxFilesWithHostileHeadersAndBytes() {
        Properties.qt(300).forAll(longs().all()).checkAssert(seed -> {
            Mutator m = new Mutator(seed);
            Path f = folder(seed, "idx");
            int count = 1 + m.below(20);
            int side = 1 + m.below(6);
            ByteBuffer images = ByteBuffer.allocate(16 + count * side * side).putInt(HostileData.IDX_MAGIC_IMAGES)
                    .putInt(count).putInt(side).putInt(side).put(m.randomBytes(count * side * side));
            ByteBuffer labels = ByteBuffer.allocate(8 + count).putInt(HostileData.IDX_MAGIC_LABELS).putInt(count)
                    .put(m.randomBytes(count));
            if (m.chance(0.5)) {
                images.putInt(4 * m.below(4), m.pick(List.of(0, -1, 1, 255, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE)));
            }
            byte[] imageBytes = m.chance(0.5) ? m.bytes(images.array()) : images.array();
            byte[] labelBytes = m.chance(0.3) ? m.bytes(labels.array()) : labels.array();
            Path i = write(f.resolve("images"), m.chance(0.3) ? HostileData.gzip(imageBytes) : imageBytes);
            Path l = write(f.resolve("labels"), labelBytes);
            readOrRefuse(() -> {
                ImageSet set = IdxReader.read(i, l);
                assertEquals(set.size() * set.imageLength(), set.pixels().length);
                assertTrue(set.classCount() >= 1 && set.classCount() <= 256);
            });
        });
    }

    @Test
    void cifarBatchesWithHostileLengthsAndLabels() {
        Properties.qt(200).forAll(longs().all()).checkAssert(seed -> {
            Mutator m = new Mutator(seed);
            Path f = folder(seed, "cifar");
            byte[] batch = new byte[3073 * (1 + m.below(3))];
            for (int r = 0; r < batch.length / 3073; r++) {
                batch[r * 3073] = (byte) m.below(10);
            }
            Path b = write(f.resolve("data_batch_1.bin"), m.chance(0.7) ? m.bytes(batch) : batch);
            readOrRefuse(() -> {
                ImageSet set = Cifar10Reader.readBatches(List.of(b), Cifar10Reader.CLASS_NAMES);
                assertEquals(batch.length / 3073 > 0, set.size() > 0);
            });
        });
    }

    @Test
    void imageFoldersWithBrokenImages() {
        Properties.qt(40).forAll(longs().all()).checkAssert(seed -> {
            Mutator m = new Mutator(seed);
            Path f = folder(seed, "images");
            try {
                for (int c = 0; c < 2; c++) {
                    for (int i = 0; i < 5; i++) {
                        HostileData.png(f.resolve("c" + c).resolve(i + ".png"), 2 + m.below(6), 2 + m.below(6), i);
                    }
                }
                Path victim = f.resolve("c" + m.below(2)).resolve(m.below(5) + ".png");
                byte[] bytes = m.chance(0.2) ? HostileData.declaredSize(1 + m.below(200_000), 1 + m.below(200_000))
                        : m.bytes(Files.readAllBytes(victim));
                Files.write(victim, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            readOrRefuse(() -> {
                LoadedDataset d = new DatasetLocator().load(f.toString());
                assertTrue(d.train().size() > 0 && d.test().size() > 0);
            });
        });
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
