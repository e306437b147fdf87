package org.scalelab.training.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST-style IDX files (Fashion-MNIST, MNIST, KMNIST …): an image file of unsigned bytes with magic
 * 0x00000803 and dimensions count, rows, columns, and a label file with magic 0x00000801 and a count, all
 * big-endian. Either file may be gzipped; that is told by its first bytes, not by its name.
 */
public final class IdxReader {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /** Reads an image file and its label file, whose labels index {@code classNames}. */
    public static ImageSet read(Path images, Path labels, List<String> classNames) {
        return read(Source.of(images), Source.of(labels), classNames);
    }

    /** Reads an image file and its label file; the classes are named by their numbers, 0 to the largest label. */
    public static ImageSet read(Path images, Path labels) {
        Source labelSource = Source.of(labels);
        byte[] labelBytes = readLabels(labelSource);
        int classes = contiguousClasses(labelBytes, labelSource);
        List<String> numbers = IntStream.range(0, classes).mapToObj(Integer::toString).toList();
        return combine(readImages(Source.of(images)), labelBytes, labelSource, numbers);
    }

    /**
     * Classes numbered by label are 0 to K-1 without gaps. A label beyond a gap (255 among 0..9) is a stray value, not
     * 246 classes without images: refused, naming it, instead of training a 256-way classifier.
     */
    private static int contiguousClasses(byte[] labelBytes, Source source) {
        int[] counts = new int[256];
        for (byte label : labelBytes) {
            counts[label & 0xFF]++;
        }
        int classes = 0;
        while (classes < counts.length && counts[classes] > 0) {
            classes++;
        }
        for (int i = 0; i < labelBytes.length; i++) {
            int label = labelBytes[i] & 0xFF;
            if (label >= classes) {
                String missing = classes + (label - 1 > classes ? ".." + (label - 1) : "");
                throw new DatasetException(source.name(), "label " + label + " at index " + i + " is outside the classes "
                        + (classes == 0 ? "(none)" : "0.." + (classes - 1)) + ": no image is labelled " + missing
                        + "; classes are numbered 0 to K-1 without gaps");
            }
        }
        return classes;
    }

    static ImageSet read(Source images, Source labels, List<String> classNames) {
        return combine(readImages(images), readLabels(labels), labels, classNames);
    }

    private static ImageSet combine(Images images, byte[] labelBytes, Source labels, List<String> classNames) {
        if (labelBytes.length != images.count) {
            throw new DatasetException(labels.name(), "has " + labelBytes.length + " labels but "
                    + images.source.name() + " has " + images.count + " images");
        }
        int[] classes = new int[labelBytes.length];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = labelBytes[i] & 0xFF;
            if (classes[i] >= classNames.size()) {
                throw new DatasetException(labels.name(), "label " + classes[i] + " at index " + i
                        + " is out of range for " + classNames.size() + " classes");
            }
        }
        return new ImageSet(1, images.rows, images.columns, images.pixels, classes, classNames);
    }

    private record Images(Source source, int count, int rows, int columns, byte[] pixels) {
    }

    private static Images readImages(Source source) {
        try (InputStream in = source.openDecoded()) {
            ByteBuffer header = header(in, source, 16, IMAGES_MAGIC, "image");
            int count = header.getInt();
            int rows = header.getInt();
            int columns = header.getInt();
            if (count <= 0 || rows <= 0 || columns <= 0) {
                throw new DatasetException(source.name(), "header declares " + count + " images of " + rows + "×"
                        + columns + "; all three must be positive");
            }
            long length = (long) count * rows * columns;
            if (length > Integer.MAX_VALUE - 8) {
                throw new DatasetException(source.name(), "header declares " + length + " pixel bytes, too many to load");
            }
            byte[] pixels = body(in, source, (int) length, count + " images of " + rows + "×" + columns);
            return new Images(source, count, rows, columns, pixels);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static byte[] readLabels(Source source) {
        try (InputStream in = source.openDecoded()) {
            ByteBuffer header = header(in, source, 8, LABELS_MAGIC, "label");
            int count = header.getInt();
            if (count <= 0) {
                throw new DatasetException(source.name(), "header declares " + count + " labels; it must be positive");
            }
            return body(in, source, count, count + " labels");
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** The header after its magic number, which is checked first: a wrong file is worse news than a short one. */
    private static ByteBuffer header(InputStream in, Source source, int length, int magic, String kind)
            throws IOException {
        byte[] bytes = in.readNBytes(length);
        ByteBuffer header = ByteBuffer.wrap(bytes); // big-endian, as IDX is
        if (bytes.length >= 4) {
            checkMagic(source, header.getInt(), magic, kind);
        }
        if (bytes.length < length) {
            throw new DatasetException(source.name(), "truncated: the IDX " + kind + " header needs " + length
                    + " bytes, the file has " + bytes.length);
        }
        return header;
    }

    private static void checkMagic(Source source, int magic, int expected, String kind) {
        if (magic != expected) {
            String hint = magic == IMAGES_MAGIC ? " (an IDX image file)" : magic == LABELS_MAGIC ? " (an IDX label file)" : "";
            throw new DatasetException(source.name(), String.format(
                    "not an IDX %s file: magic number 0x%08X%s, expected 0x%08X", kind, magic, hint, expected));
        }
    }

    /** Exactly {@code length} bytes, then the end of the data: a shorter or longer body means a damaged file. */
    private static byte[] body(InputStream in, Source source, int length, String declared) throws IOException {
        byte[] bytes = in.readNBytes(length); // grows as it reads, so a lying header cannot allocate gigabytes
        if (bytes.length < length) {
            throw new DatasetException(source.name(), "truncated: the header declares " + declared + " (" + length
                    + " bytes) but only " + bytes.length + " bytes follow");
        }
        if (in.read() >= 0) {
            throw new DatasetException(source.name(), "has more data than the " + declared + " its header declares");
        }
        return bytes;
    }

    private static DatasetException unreadable(Source source, IOException e) {
        if (e instanceof EOFException || e instanceof ZipException) {
            return new DatasetException(source.name(), "corrupt or truncated gzip data (" + e.getMessage() + ")", e);
        }
        return new DatasetException(source.name(), "cannot read: " + DatasetException.reason(e), e);
    }
}
