package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.function.Executable;

/** Small dataset files built byte by byte, so tests control every header field. */
final class TestFiles {
    private TestFiles() {
    }

    static byte[] idxImages(int count, int rows, int columns, byte[] pixels) {
        return ByteBuffer.allocate(16 + pixels.length).putInt(IdxReader.IMAGES_MAGIC).putInt(count).putInt(rows)
                .putInt(columns).put(pixels).array();
    }

    static byte[] idxLabels(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length).putInt(IdxReader.LABELS_MAGIC).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    /** {@code count} images whose pixel {@code p} of image {@code i} is {@code (7 i + p) mod 256}. */
    static byte[] pattern(int count, int length) {
        byte[] pixels = new byte[count * length];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < length; p++) {
                pixels[i * length + p] = (byte) (7 * i + p);
            }
        }
        return pixels;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A grey set of {@code perClass × classes} 2×3 images, labels 0, 1, …, 0, 1, … */
    static ImageSet greySet(int classes, int perClass) {
        int count = classes * perClass;
        int[] labels = IntStream.range(0, count).map(i -> i % classes).toArray();
        List<String> names = IntStream.range(0, classes).mapToObj(c -> "class" + c).toList();
        return new ImageSet(1, 2, 3, pattern(count, 6), labels, names);
    }

    /** Asserts that running {@code action} fails with a message that starts with {@code source} and says {@code problem}. */
    static DatasetException assertProblem(Object source, String problem, Executable action) {
        DatasetException e = assertThrows(DatasetException.class, action);
        assertTrue(e.getMessage().startsWith(source + ": "), () -> "should name " + source + ": " + e.getMessage());
        assertTrue(e.problem().contains(problem), () -> "should say '" + problem + "': " + e.getMessage());
        return e;
    }
}
