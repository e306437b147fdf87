package org.scalelab.training.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a grey {@link ImageSet} as an IDX image file and an IDX label file, the format {@link IdxReader} reads.
 * A name ending in {@code .gz} is gzipped at the best compression. Java's gzip header carries no time stamp, so
 * the same set always gives the same bytes.
 */
public final class IdxWriter {
    private IdxWriter() {
    }

    /**
     * @throws IllegalArgumentException when the set is not grey or has more than 256 classes
     */
    public static void write(ImageSet set, Path images, Path labels) {
        if (set.channels() != 1 || set.classCount() > 256) {
            throw new IllegalArgumentException("IDX holds grey images with byte labels, not " + set);
        }
        try (DataOutputStream out = open(images)) {
            out.writeInt(IdxReader.IMAGES_MAGIC);
            out.writeInt(set.size());
            out.writeInt(set.height());
            out.writeInt(set.width());
            out.write(set.pixelData());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + images, e);
        }
        try (DataOutputStream out = open(labels)) {
            out.writeInt(IdxReader.LABELS_MAGIC);
            out.writeInt(set.size());
            for (int i = 0; i < set.size(); i++) {
                out.writeByte(set.label(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + labels, e);
        }
    }

    private static DataOutputStream open(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new BestGzip(out);
        }
        return new DataOutputStream(out);
    }

    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
