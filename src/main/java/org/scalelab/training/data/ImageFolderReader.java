package org.scalelab.training.data;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.scalelab.domain.scaling.NativeResolution;

/**
 * Reads a folder with one sub-folder per class, the layout of torchvision's {@code ImageFolder}: classes are
 * the sub-folder names in sorted order, images their PNG and JPEG files (other files are skipped). Every image
 * is resized with {@code BilinearResize} to one size and converted to one {@link ColorMode}.
 */
public final class ImageFolderReader {
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg");
    private static final int MAX_SIDE = 16_384;
    private static final long MAX_PIXELS = 64_000_000;
    /** The resized images of a folder, all together: 1 GiB (a float copy for training takes four times that). */
    private static final long MAX_TOTAL_BYTES = 1L << 30;

    private ImageFolderReader() {
    }

    /** All images of the folder, then a seeded, stratified share of each class set apart as test images. */
    public static LoadedDataset load(Path root, ImageFolderOptions options) {
        Folder folder = readFolder(root, options.height(), options.width(), options.color());
        ImageSet all = folder.images();
        Split split = Split.stratified(all, 0, options.testFraction(), options.seed());
        NativeResolution sides = NativeResolution.of(folder.shorterSides()).capped(Math.min(all.height(), all.width()));
        return new LoadedDataset("images:" + DatasetLocator.canonical(root) + options.idSuffix(), split.train(),
                split.validation(), "images from " + root + ": " + LoadedDataset.summary(split.train(), split.validation())
                + ", native " + sides.describe(), sides);
    }

    /** The images, and each original's shorter side before resizing (what the native resolution is made of). */
    private record Folder(ImageSet images, int[] shorterSides) {
    }

    /**
     * All images of the folder, class by class, each class's files in name order.
     *
     * @param height 0 with {@code width} 0: the size of the first image (of the first class, by name)
     */
    public static ImageSet read(Path root, int height, int width, ColorMode color) {
        return readFolder(root, height, width, color).images();
    }

    private static Folder readFolder(Path root, int height, int width, ColorMode color) {
        List<Path> classFolders = classFolders(root);
        List<String> classNames = classFolders.stream().map(folder -> folder.getFileName().toString()).toList();
        List<List<Path>> files = classFolders.stream().map(ImageFolderReader::imageFiles).toList();
        long count = files.stream().mapToLong(List::size).sum();
        List<Decoded> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Integer> sides = new ArrayList<>();
        int targetHeight = height;
        int targetWidth = width;
        for (int label = 0; label < classFolders.size(); label++) {
            for (Path file : files.get(label)) {
                Decoded image = decode(file);
                sides.add(Math.min(image.height, image.width));
                if (targetHeight == 0) {
                    targetHeight = image.height;
                    targetWidth = image.width;
                }
                if (images.isEmpty()) {
                    checkTotal(root, count, targetHeight, targetWidth);
                }
                images.add(image.resized(targetHeight, targetWidth));
                labels.add(label);
            }
        }
        boolean grey = switch (color) {
            case GREY -> true;
            case RGB -> false;
            case AUTO -> images.stream().allMatch(image -> image.channels == 1);
        };
        int channels = grey ? 1 : 3;
        int length = channels * targetHeight * targetWidth;
        byte[] pixels = new byte[images.size() * length];
        for (int i = 0; i < images.size(); i++) {
            images.get(i).copyAs(channels, pixels, i * length);
        }
        return new Folder(new ImageSet(channels, targetHeight, targetWidth, pixels,
                labels.stream().mapToInt(Integer::intValue).toArray(), classNames),
                sides.stream().mapToInt(Integer::intValue).toArray());
    }

    private static List<Path> classFolders(Path root) {
        if (!Files.isDirectory(root)) {
            throw new DatasetException(root, "not a folder");
        }
        List<Path> folders = list(root).stream().filter(Files::isDirectory).toList();
        if (folders.size() < 2) {
            throw new DatasetException(root, "an image folder needs one sub-folder per class, at least two; found "
                    + folders.stream().map(Path::getFileName).toList());
        }
        return folders;
    }

    private static List<Path> imageFiles(Path classFolder) {
        List<Path> files = list(classFolder).stream().filter(ImageFolderReader::isImageName)
                .filter(Files::isRegularFile).toList();
        if (files.isEmpty()) {
            throw new DatasetException(classFolder, "class folder has no PNG or JPEG images");
        }
        return files;
    }

    /** Entries not hidden, sorted by name so that labels and order do not depend on the file system. */
    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !entry.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(folder, "cannot list: " + DatasetException.reason(e), e);
        }
    }

    private static boolean isImageName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** All images at one size live in one byte array (and later as floats): refuse what cannot fit before decoding it. */
    private static void checkTotal(Path root, long count, int height, int width) {
        long bytes = count * 3L * height * width;
        if (bytes > MAX_TOTAL_BYTES) {
            throw new DatasetException(root, String.format(Locale.ROOT, "%d images of %d×%d would need %.1f GB in memory,"
                    + " more than ScaleLab holds (%d GB); resize them first (e.g. to 64×64)", count, height, width,
                    bytes / 1e9, MAX_TOTAL_BYTES >> 30));
        }
    }

    /**
     * The size the file's header declares, read before decoding, so that a small file claiming a gigapixel (a
     * decompression bomb) is refused instead of filling the memory.
     */
    private static void checkDeclaredSize(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return; // decode() says it is no image
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
                    throw new DatasetException(file, "declares " + w + "×" + h + " pixels; images up to " + MAX_SIDE
                            + " px a side and " + MAX_PIXELS / 1_000_000 + " megapixels are read");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DatasetException d) {
                throw d;
            }
            // a broken header: decode() reports it
        }
    }

    private static Decoded decode(Path file) {
        checkDeclaredSize(file);
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) { // broken files make some decoders throw unchecked exceptions
            throw new DatasetException(file, "unreadable image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new DatasetException(file, "not an image javax.imageio can decode (PNG and JPEG are supported)");
        }
        return Decoded.of(image);
    }

    /** One image as 8-bit planes, grey (1) or RGB (3) as it was stored. */
    private record Decoded(int channels, int height, int width, byte[] planes) {

        static Decoded of(BufferedImage image) {
            int height = image.getHeight();
            int width = image.getWidth();
            int plane = height * width;
            Raster raster = image.getRaster();
            if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY && raster.getNumBands() <= 2) {
                // The stored grey samples themselves: getRGB would convert them from linear grey to sRGB.
                int[] samples = raster.getSamples(0, 0, width, height, 0, (int[]) null);
                int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
                byte[] grey = new byte[plane];
                for (int p = 0; p < plane; p++) {
                    grey[p] = (byte) ((samples[p] * 255 + max / 2) / max);
                }
                return new Decoded(1, height, width, grey);
            }
            int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
            byte[] rgb = new byte[3 * plane];
            for (int p = 0; p < plane; p++) {
                rgb[p] = (byte) (argb[p] >> 16);
                rgb[plane + p] = (byte) (argb[p] >> 8);
                rgb[2 * plane + p] = (byte) argb[p];
            }
            return new Decoded(3, height, width, rgb);
        }

        Decoded resized(int targetHeight, int targetWidth) {
            if (targetHeight == height && targetWidth == width) {
                return this;
            }
            BilinearResize resize = new BilinearResize(height, width, targetHeight, targetWidth);
            int sourcePlane = height * width;
            int targetPlane = targetHeight * targetWidth;
            float[] source = new float[sourcePlane];
            float[] target = new float[targetPlane];
            byte[] result = new byte[channels * targetPlane];
            for (int c = 0; c < channels; c++) {
                for (int p = 0; p < sourcePlane; p++) {
                    source[p] = planes[c * sourcePlane + p] & 0xFF;
                }
                resize.resize(source, 0, target, 0);
                for (int p = 0; p < targetPlane; p++) {
                    result[c * targetPlane + p] = (byte) Math.round(target[p]); // stays in 0..255: a convex mix
                }
            }
            return new Decoded(channels, targetHeight, targetWidth, result);
        }

        /** Writes this image with {@code targetChannels} channels into {@code pixels} at {@code offset}. */
        void copyAs(int targetChannels, byte[] pixels, int offset) {
            int plane = height * width;
            if (targetChannels == channels) {
                System.arraycopy(planes, 0, pixels, offset, planes.length);
            } else if (channels == 1) {
                for (int c = 0; c < 3; c++) {
                    System.arraycopy(planes, 0, pixels, offset + c * plane, plane);
                }
            } else {
                for (int p = 0; p < plane; p++) {
                    float luma = Luma.of(planes[p] & 0xFF, planes[plane + p] & 0xFF, planes[2 * plane + p] & 0xFF);
                    pixels[offset + p] = (byte) Math.round(luma);
                }
            }
        }
    }
}
