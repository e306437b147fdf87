package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scalelab.training.data.TestFiles.assertProblem;
import static org.scalelab.training.data.TestFiles.gzip;
import static org.scalelab.training.data.TestFiles.idxImages;
import static org.scalelab.training.data.TestFiles.idxLabels;
import static org.scalelab.training.data.TestFiles.pattern;
import static org.scalelab.training.data.TestFiles.write;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    private static final List<String> TEN = FashionMnist.CLASS_NAMES;
    private static final byte[] FOUR_IMAGES = idxImages(4, 2, 3, pattern(4, 6));
    private static final byte[] FOUR_LABELS = idxLabels(3, 0, 9, 3);

    @TempDir
    Path dir;

    @Test
    void readsRawFiles() {
        ImageSet set = IdxReader.read(write(dir.resolve("images"), FOUR_IMAGES), write(dir.resolve("labels"), FOUR_LABELS),
                TEN);

        assertEquals(4, set.size());
        assertEquals(1, set.channels());
        assertEquals(2, set.height());
        assertEquals(3, set.width());
        assertArrayEquals(pattern(4, 6), set.pixels());
        assertArrayEquals(new int[] {3, 0, 9, 3}, set.labels());
        assertEquals(TEN, set.classNames());
    }

    @Test
    void tellsGzipByItsMagicBytesNotItsName() {
        ImageSet raw = IdxReader.read(write(dir.resolve("i"), FOUR_IMAGES), write(dir.resolve("l"), FOUR_LABELS), TEN);
        ImageSet gzippedWithoutGz = IdxReader.read(write(dir.resolve("images"), gzip(FOUR_IMAGES)),
                write(dir.resolve("labels.gz"), FOUR_LABELS), TEN);

        assertArrayEquals(raw.pixels(), gzippedWithoutGz.pixels());
        assertArrayEquals(raw.labels(), gzippedWithoutGz.labels());
    }

    @Test
    void namesClassesByNumberWhenNotGivenAny() {
        ImageSet set = IdxReader.read(write(dir.resolve("i"), FOUR_IMAGES), write(dir.resolve("l"), idxLabels(0, 2, 1, 2)));
        assertEquals(List.of("0", "1", "2"), set.classNames());
    }

    @Test
    void readsWhatIdxWriterWrites() {
        ImageSet set = TestFiles.greySet(3, 4);
        Path images = dir.resolve("images.gz");
        Path labels = dir.resolve("labels");
        IdxWriter.write(set, images, labels);

        ImageSet back = IdxReader.read(images, labels, set.classNames());
        assertArrayEquals(set.pixels(), back.pixels());
        assertArrayEquals(set.labels(), back.labels());
    }

    @Test
    void aLabelFileInPlaceOfImagesIsAWrongMagicNumber() {
        Path labels = write(dir.resolve("labels"), FOUR_LABELS);
        assertProblem(labels, "magic number 0x00000801 (an IDX label file), expected 0x00000803",
                () -> IdxReader.read(labels, labels, TEN));
    }

    @Test
    void aForeignFileIsAWrongMagicNumber() {
        Path images = write(dir.resolve("images"), FOUR_IMAGES);
        Path text = write(dir.resolve("labels.gz"), gzip("hello, world".getBytes()));
        assertProblem(text, "not an IDX label file: magic number 0x68656C6C", () -> IdxReader.read(images, text, TEN));
    }

    @Test
    void labelsAndImagesMustAgreeInCount() {
        Path images = write(dir.resolve("images"), FOUR_IMAGES);
        Path labels = write(dir.resolve("labels"), idxLabels(1, 2, 3));
        assertProblem(labels, "has 3 labels but " + images + " has 4 images", () -> IdxReader.read(images, labels, TEN));
    }

    @Test
    void aLabelMustNameAClass() {
        Path images = write(dir.resolve("images"), FOUR_IMAGES);
        Path labels = write(dir.resolve("labels"), idxLabels(1, 2, 10, 3));
        assertProblem(labels, "label 10 at index 2 is out of range for 10 classes",
                () -> IdxReader.read(images, labels, TEN));
    }

    @Test
    void aShortBodyIsTruncated() {
        Path images = write(dir.resolve("images"), Arrays.copyOf(FOUR_IMAGES, FOUR_IMAGES.length - 5));
        Path labels = write(dir.resolve("labels"), FOUR_LABELS);
        assertProblem(images, "truncated: the header declares 4 images of 2×3 (24 bytes) but only 19 bytes follow",
                () -> IdxReader.read(images, labels, TEN));
    }

    @Test
    void aCutGzipStreamIsTruncated() {
        byte[] gz = gzip(FOUR_IMAGES);
        Path images = write(dir.resolve("images.gz"), Arrays.copyOf(gz, gz.length - 12));
        Path labels = write(dir.resolve("labels"), FOUR_LABELS);
        assertProblem(images, "corrupt or truncated gzip data", () -> IdxReader.read(images, labels, TEN));
    }

    @Test
    void aShortHeaderIsTruncated() {
        Path images = write(dir.resolve("images"), Arrays.copyOf(FOUR_IMAGES, 10));
        Path labels = write(dir.resolve("labels"), FOUR_LABELS);
        assertProblem(images, "the IDX image header needs 16 bytes, the file has 10", () -> IdxReader.read(images, labels, TEN));
    }

    @Test
    void anEmptyFileIsNamed() {
        Path images = write(dir.resolve("images"), FOUR_IMAGES);
        Path labels = write(dir.resolve("labels"), new byte[0]);
        assertProblem(labels, "the file is empty", () -> IdxReader.read(images, labels, TEN));
    }

    @Test
    void aHeaderDeclaringNoImagesIsRejected() {
        Path images = write(dir.resolve("images"), idxImages(0, 28, 28, new byte[0]));
        Path labels = write(dir.resolve("labels"), idxLabels());
        assertProblem(images, "header declares 0 images of 28×28", () -> IdxReader.read(images, labels, TEN));
    }

    @Test
    void bytesBeyondTheDeclaredImagesMeanAMismatchedHeader() {
        Path images = write(dir.resolve("images"), idxImages(3, 2, 3, pattern(4, 6)));
        Path labels = write(dir.resolve("labels"), idxLabels(1, 2, 3));
        assertProblem(images, "has more data than the 3 images of 2×3 its header declares",
                () -> IdxReader.read(images, labels, TEN));
    }

    @Test
    void aMissingFileIsNamed() {
        Path labels = write(dir.resolve("labels"), FOUR_LABELS);
        assertProblem(dir.resolve("absent"), "no such file", () -> IdxReader.read(dir.resolve("absent"), labels, TEN));
    }
}
