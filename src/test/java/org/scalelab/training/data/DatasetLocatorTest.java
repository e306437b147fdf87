package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalelab.training.data.TestFiles.assertProblem;
import static org.scalelab.training.data.TestFiles.gzip;
import static org.scalelab.training.data.TestFiles.idxImages;
import static org.scalelab.training.data.TestFiles.idxLabels;
import static org.scalelab.training.data.TestFiles.pattern;
import static org.scalelab.training.data.TestFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLocatorTest {
    @TempDir
    Path dir;

    /** The four MNIST-named files, the training pair gzipped and the test pair raw. */
    private static Path idxFolder(Path folder, int testSide) {
        write(folder.resolve("train-images-idx3-ubyte.gz"), gzip(idxImages(4, 2, 2, pattern(4, 4))));
        write(folder.resolve("train-labels-idx1-ubyte.gz"), gzip(idxLabels(0, 1, 2, 1)));
        write(folder.resolve("t10k-images-idx3-ubyte"), idxImages(2, testSide, testSide, pattern(2, testSide * testSide)));
        write(folder.resolve("t10k-labels-idx1-ubyte"), idxLabels(2, 0));
        return folder;
    }

    @Test
    void aFolderOfIdxFilesIsAnIdxDatasetWithNumberedClasses() throws Exception {
        LoadedDataset data = new DatasetLocator(dir.resolve("none")).load(idxFolder(dir.resolve("mnist"), 2).toString());

        assertEquals("idx:" + dir.resolve("mnist").toRealPath(), data.id());
        assertEquals(4, data.train().size());
        assertEquals(2, data.test().size());
        assertEquals(List.of("0", "1", "2"), data.test().classNames());
    }

    @Test
    void idxTestImagesMustHaveTheTrainingSize() {
        Path folder = idxFolder(dir, 3);
        assertProblem(folder.resolve("t10k-images-idx3-ubyte"), "images are 3×3 but the training images are 2×2",
                () -> new DatasetLocator().load(folder.toString()));
    }

    @Test
    void aMissingIdxFileIsNamed() throws Exception {
        Path folder = idxFolder(dir, 2);
        Files.delete(folder.resolve("t10k-labels-idx1-ubyte"));
        assertProblem(folder.resolve("t10k-labels-idx1-ubyte"), "missing (nor t10k-labels-idx1-ubyte.gz)",
                () -> new DatasetLocator().load(folder.toString()));
    }

    @Test
    void fashionMnistIsTheFullSetWhereTheLocatorLooks() {
        Path installed = idxFolder(dir.resolve("fashion-mnist"), 2);
        DatasetLocator locator = new DatasetLocator(installed);

        assertTrue(locator.hasFullFashionMnist());
        LoadedDataset data = locator.load("fashion-mnist");
        assertEquals(FashionMnist.FULL_ID, data.id());
        assertEquals(FashionMnist.CLASS_NAMES, data.train().classNames());
        assertEquals(FashionMnist.FULL_ID, locator.load(installed.toString()).id());
        assertEquals(FashionMnist.FULL_ID, locator.load(FashionMnist.FULL_ID).id());
    }

    @Test
    void fashionMnistWithoutThePackageSaysHowToGetIt() {
        DatasetLocator locator = new DatasetLocator(dir.resolve("absent"));

        assertFalse(locator.hasFullFashionMnist());
        assertProblem(dir.resolve("absent"), "install the Debian package dataset-fashion-mnist",
                () -> locator.load("fashion-mnist"));
    }

    @Test
    void aFolderOfBatchesIsCifar10() throws Exception {
        Path folder = Cifar10ReaderTest.cifarFolder(dir.resolve("cifar-10-batches-bin"), true);
        LoadedDataset data = new DatasetLocator().load(folder.toString());

        assertEquals("cifar10:" + folder.toRealPath(), data.id());
        assertEquals(10, data.train().size());
    }

    @Test
    void aFolderOfClassFoldersIsAnImageDataset() throws Exception {
        for (int i = 0; i < 5; i++) {
            ImageFolderReaderTest.greyPng(dir.resolve("shapes/circle/" + i + ".png"), 2, 2, i, i, i, i);
            ImageFolderReaderTest.greyPng(dir.resolve("shapes/square/" + i + ".png"), 2, 2, 9, 9, 9, i);
        }
        LoadedDataset data = new DatasetLocator().load(dir.resolve("shapes").toString());

        assertEquals("images:" + dir.resolve("shapes").toRealPath(), data.id());
        assertArrayEquals(new int[] {4, 4}, data.train().classCounts());
        assertArrayEquals(new int[] {1, 1}, data.test().classCounts());
    }

    @Test
    void everyIdLoadsTheSameDatasetAgain() {
        DatasetLocator locator = new DatasetLocator();
        Path cifar = Cifar10ReaderTest.cifarFolder(dir.resolve("cifar"), false);
        Path mnist = idxFolder(dir.resolve("mnist"), 2);
        for (int i = 0; i < 5; i++) { // 20% of five per class: one test image each
            ImageFolderReaderTest.greyPng(dir.resolve("images/a/" + i + ".png"), 1, 1, 1);
            ImageFolderReaderTest.greyPng(dir.resolve("images/b/" + i + ".png"), 1, 1, 2);
        }

        for (Path folder : List.of(cifar, mnist, dir.resolve("images"))) {
            LoadedDataset data = locator.load(folder.toString());
            assertEquals(data.id(), locator.load(data.id()).id());
        }
        assertEquals(FashionMnist.BUNDLED_ID, locator.load(FashionMnist.BUNDLED_ID).id());
    }

    @Test
    void aPathThatDoesNotExistIsNamed() {
        String absent = dir.resolve("no-such-data").toString();
        assertProblem(absent, "no such file or folder", () -> new DatasetLocator().load(absent));
    }

    @Test
    void aFileIsNotADatasetFolder() {
        Path file = write(dir.resolve("train-images-idx3-ubyte"), idxImages(1, 1, 1, new byte[1]));
        assertProblem(file, "not a folder", () -> new DatasetLocator().load(file.toString()));
    }

    @Test
    void aFolderOfSomethingElseSaysWhatWasExpected() {
        write(dir.resolve("notes.txt"), "hello".getBytes());
        assertProblem(dir, "not a dataset folder", () -> new DatasetLocator().load(dir.toString()));
    }

    @Test
    void noValueAsksForOne() {
        assertProblem("--data", "no dataset given", () -> new DatasetLocator().load(" "));
    }
}
