package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalelab.training.data.TestFiles.gzip;
import static org.scalelab.training.data.TestFiles.idxImages;
import static org.scalelab.training.data.TestFiles.idxLabels;
import static org.scalelab.training.data.TestFiles.pattern;
import static org.scalelab.training.data.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.scaling.NativeResolution;

/** Every loader reports how many pixels of information its images carry: fixed formats their size, folders their spread. */
class NativeResolutionDetectionTest {
    @TempDir
    Path dir;

    @Test
    void theBundledFashionMnistIs28Pixels() {
        assertEquals(new NativeResolution(28, 28), new DatasetLocator().load(DatasetLocator.BUNDLED).nativeResolution());
    }

    @Test
    void anIdxFolderIsItsImageSizeTheShorterSideWhenNotSquare() {
        Path folder = dir.resolve("idx");
        write(folder.resolve("train-images-idx3-ubyte.gz"), gzip(idxImages(2, 6, 9, pattern(2, 54))));
        write(folder.resolve("train-labels-idx1-ubyte.gz"), gzip(idxLabels(0, 1)));
        write(folder.resolve("t10k-images-idx3-ubyte"), idxImages(1, 6, 9, pattern(1, 54)));
        write(folder.resolve("t10k-labels-idx1-ubyte"), idxLabels(1));
        assertEquals(new NativeResolution(6, 6), new DatasetLocator(dir.resolve("none")).load(folder.toString())
                .nativeResolution());
    }

    @Test
    void cifar10Is32Pixels() {
        Path folder = Cifar10ReaderTest.cifarFolder(dir.resolve("cifar"), false);
        assertEquals(new NativeResolution(32, 32), new DatasetLocator().load(folder.toString()).nativeResolution());
    }

    @Test
    void anImageFolderReportsItsSmallestAndMedianShorterSideBeforeResizing() {
        // Shorter sides 4, 6, 8, 10, 12 (medians 8); every image is stored at the first one's size, 10×12 (cat/a).
        ImageFolderReaderTest.greyPng(dir.resolve("photos/cat/a.png"), 10, 12, new int[120]);
        ImageFolderReaderTest.greyPng(dir.resolve("photos/cat/b.png"), 4, 9, new int[36]);
        ImageFolderReaderTest.greyPng(dir.resolve("photos/cat/c.png"), 20, 6, new int[120]);
        ImageFolderReaderTest.greyPng(dir.resolve("photos/dog/a.png"), 8, 8, new int[64]);
        ImageFolderReaderTest.greyPng(dir.resolve("photos/dog/b.png"), 12, 30, new int[360]);
        LoadedDataset data = new DatasetLocator().load(dir.resolve("photos").toString());
        assertEquals(new NativeResolution(4, 8), data.nativeResolution());
        assertTrue(data.description().endsWith("native median 8 px (smallest 4 px)"), data.description());
    }

    @Test
    void imagesStoredSmallerThanTheirOriginalsCarryOnlyTheStoredSize() {
        ImageFolderReaderTest.greyPng(dir.resolve("photos/cat/a.png"), 10, 12, new int[120]);
        ImageFolderReaderTest.greyPng(dir.resolve("photos/dog/a.png"), 16, 16, new int[256]);
        // A second image per class: with half set apart as test images, each class keeps a training image.
        ImageFolderReaderTest.greyPng(dir.resolve("photos/cat/b.png"), 10, 12, new int[120]);
        ImageFolderReaderTest.greyPng(dir.resolve("photos/dog/b.png"), 16, 16, new int[256]);
        LoadedDataset data = ImageFolderReader.load(dir.resolve("photos"),
                new ImageFolderOptions(5, 6, ColorMode.GREY, 0.5, 1));
        assertEquals(new NativeResolution(5, 5), data.nativeResolution());
    }
}
