package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalelab.training.data.TestFiles.assertProblem;
import static org.scalelab.training.data.TestFiles.write;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderReaderTest {
    @TempDir
    Path dir;

    /** A grey PNG, {@code values} row by row. */
    static Path greyPng(Path file, int height, int width, int... values) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSamples(0, 0, width, height, 0, values);
        return save(image, file, "png");
    }

    /** An image of one colour in {@code format} ("png", "jpg"). */
    static Path rgbImage(Path file, String format, int height, int width, int red, int green, int blue) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, red << 16 | green << 8 | blue);
            }
        }
        return save(image, file, format);
    }

    private static Path save(BufferedImage image, Path file, String format) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, format, file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void greyImagesStayGreyWithTheirExactValuesAndClassesSortByName() {
        greyPng(dir.resolve("dog/1.png"), 2, 3, 0, 1, 2, 3, 4, 255);
        greyPng(dir.resolve("cat/b.png"), 2, 3, 9, 9, 9, 9, 9, 9);
        greyPng(dir.resolve("cat/a.png"), 2, 3, 10, 20, 30, 40, 50, 60);

        ImageSet set = ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO);

        assertEquals(List.of("cat", "dog"), set.classNames());
        assertArrayEquals(new int[] {0, 0, 1}, set.labels());
        assertEquals(1, set.channels());
        assertEquals(30, set.pixel(0, 0, 0, 2));
        assertEquals(9, set.pixel(1, 0, 1, 1));
        assertEquals(255, set.pixel(2, 0, 1, 2));
    }

    @Test
    void colourImagesKeepTheirRedGreenAndBluePlanes() {
        rgbImage(dir.resolve("a/1.png"), "png", 2, 2, 200, 100, 50);
        rgbImage(dir.resolve("b/1.png"), "png", 2, 2, 1, 2, 3);

        ImageSet set = ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO);

        assertEquals(3, set.channels());
        assertEquals(200, set.pixel(0, 0, 1, 1));
        assertEquals(100, set.pixel(0, 1, 1, 1));
        assertEquals(50, set.pixel(0, 2, 1, 1));
        assertEquals(3, set.pixel(1, 2, 0, 0));
    }

    @Test
    void oneColourImageMakesTheSetRgbAndGreyIsCopiedToEveryPlane() {
        greyPng(dir.resolve("a/1.png"), 1, 2, 7, 77);
        rgbImage(dir.resolve("b/1.png"), "png", 1, 2, 200, 100, 50);

        ImageSet set = ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO);

        assertEquals(3, set.channels());
        for (int c = 0; c < 3; c++) {
            assertEquals(77, set.pixel(0, c, 0, 1));
        }
    }

    @Test
    void greyModeTurnsColourIntoLuma() {
        rgbImage(dir.resolve("a/1.png"), "png", 1, 1, 200, 100, 50);
        greyPng(dir.resolve("b/1.png"), 1, 1, 5);

        ImageSet set = ImageFolderReader.read(dir, 0, 0, ColorMode.GREY);

        assertEquals(1, set.channels());
        assertEquals(124, set.pixel(0, 0, 0, 0)); // 0.299·200 + 0.587·100 + 0.114·50 = 124.2
        assertEquals(5, set.pixel(1, 0, 0, 0));
    }

    @Test
    void rgbModeCopiesGreyImages() {
        greyPng(dir.resolve("a/1.png"), 1, 1, 5);
        greyPng(dir.resolve("b/1.png"), 1, 1, 6);

        ImageSet set = ImageFolderReader.read(dir, 0, 0, ColorMode.RGB);

        assertEquals(3, set.channels());
        assertEquals(6, set.pixel(1, 2, 0, 0));
    }

    @Test
    void everyImageTakesTheFirstImagesSize() {
        greyPng(dir.resolve("a/1.png"), 2, 2, 0, 255, 255, 0);
        greyPng(dir.resolve("b/1.png"), 4, 4, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
                100, 100);

        ImageSet set = ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO);

        assertEquals(2, set.height());
        assertEquals(2, set.width());
        assertArrayEquals(new byte[] {0, (byte) 255, (byte) 255, 0, 100, 100, 100, 100}, set.pixels());
    }

    @Test
    void aGivenSizeResizesBilinearlyAndRounds() {
        greyPng(dir.resolve("a/1.png"), 2, 2, 0, 100, 200, 240);
        greyPng(dir.resolve("b/1.png"), 2, 2, 0, 0, 0, 0);

        ImageSet set = ImageFolderReader.read(dir, 4, 4, ColorMode.AUTO);

        int[] expected = {0, 25, 75, 100, 50, 71, 114, 135, 150, 164, 191, 205, 200, 210, 230, 240};
        for (int p = 0; p < 16; p++) {
            assertEquals(expected[p], set.pixel(0, 0, p / 4, p % 4), "pixel " + p);
        }
    }

    @Test
    void readsJpeg() {
        rgbImage(dir.resolve("a/photo.JPG"), "jpg", 8, 8, 120, 60, 200);
        rgbImage(dir.resolve("b/photo.jpeg"), "jpg", 8, 8, 10, 20, 30);

        ImageSet set = ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO);

        assertEquals(3, set.channels());
        assertTrue(Math.abs(set.pixel(0, 0, 4, 4) - 120) <= 4, "red " + set.pixel(0, 0, 4, 4));
        assertTrue(Math.abs(set.pixel(0, 2, 4, 4) - 200) <= 4, "blue " + set.pixel(0, 2, 4, 4));
    }

    @Test
    void skipsOtherAndHiddenFiles() {
        greyPng(dir.resolve("a/1.png"), 1, 1, 1);
        greyPng(dir.resolve("b/1.png"), 1, 1, 2);
        write(dir.resolve("a/notes.txt"), "not an image".getBytes());
        write(dir.resolve("b/.DS_Store"), new byte[] {0});
        greyPng(dir.resolve(".thumbnails/x.png"), 1, 1, 3);

        assertEquals(2, ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO).size());
    }

    @Test
    void loadSetsAsideAStratifiedSeededTestShare() throws Exception {
        for (int i = 0; i < 10; i++) {
            greyPng(dir.resolve("a/" + i + ".png"), 1, 1, i);
            greyPng(dir.resolve("b/" + i + ".png"), 1, 1, 100 + i);
        }
        LoadedDataset data = ImageFolderReader.load(dir, ImageFolderOptions.DEFAULT);
        LoadedDataset again = ImageFolderReader.load(dir, ImageFolderOptions.DEFAULT);
        var otherSeed = new ImageFolderOptions(0, 0, ColorMode.AUTO, 0.2, 99);
        LoadedDataset reseeded = ImageFolderReader.load(dir, otherSeed);

        assertArrayEquals(new int[] {8, 8}, data.train().classCounts());
        assertArrayEquals(new int[] {2, 2}, data.test().classCounts());
        assertArrayEquals(data.test().pixels(), again.test().pixels());
        assertFalse(Arrays.equals(data.test().pixels(), reseeded.test().pixels()));
        assertEquals("images:" + dir.toRealPath(), data.id());
        assertEquals("images:" + dir.toRealPath() + "?size=first&color=auto&test=0.2&seed=99", reseeded.id());
    }

    @Test
    void aClassFolderWithoutImagesIsNamed() throws Exception {
        greyPng(dir.resolve("a/1.png"), 1, 1, 1);
        Files.createDirectories(dir.resolve("b"));
        write(dir.resolve("b/readme.txt"), "empty".getBytes());
        assertProblem(dir.resolve("b"), "class folder has no PNG or JPEG images",
                () -> ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO));
    }

    @Test
    void anUndecodableImageIsNamed() {
        greyPng(dir.resolve("a/1.png"), 1, 1, 1);
        Path broken = write(dir.resolve("b/broken.png"), "this is not a PNG".getBytes());
        assertProblem(broken, "not an image javax.imageio can decode",
                () -> ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO));
    }

    @Test
    void aTruncatedImageIsNamed() throws Exception {
        greyPng(dir.resolve("a/1.png"), 1, 1, 1);
        Path png = rgbImage(dir.resolve("b/cut.png"), "png", 16, 16, 1, 2, 3);
        byte[] bytes = Files.readAllBytes(png);
        write(png, Arrays.copyOf(bytes, bytes.length / 2));
        assertProblem(png, "unreadable image", () -> ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO));
    }

    @Test
    void aSingleClassIsNotAClassificationDataset() {
        greyPng(dir.resolve("only/1.png"), 1, 1, 1);
        assertProblem(dir, "at least two; found [only]", () -> ImageFolderReader.read(dir, 0, 0, ColorMode.AUTO));
    }

    @Test
    void theRootMustBeAFolder() {
        Path file = write(dir.resolve("file.png"), new byte[] {1});
        assertProblem(file, "not a folder", () -> ImageFolderReader.read(file, 0, 0, ColorMode.AUTO));
    }
}
