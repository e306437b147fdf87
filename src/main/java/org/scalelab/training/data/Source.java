package org.scalelab.training.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** A file or class-path resource to read, named the way error messages should name it. */
record Source(String name, Path file, String resource) {

    static Source of(Path file) {
        return new Source(file.toString(), file, null);
    }

    /** A class-path resource such as {@code /assets/fashion-mnist/t10k-labels-idx1-ubyte.gz}. */
    static Source resource(String path) {
        return new Source("classpath:" + path, null, path);
    }

    /** The raw bytes; a missing or unreadable source becomes a {@link DatasetException}. */
    InputStream open() {
        if (file == null) {
            InputStream in = Source.class.getResourceAsStream(resource);
            if (in == null) {
                throw new DatasetException(name, "class-path resource not found (is the jar complete?)");
            }
            return in;
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A FIFO would block until someone writes to it; a device never ends.
            throw new DatasetException(name, Files.isDirectory(file) ? "is a folder, not a file"
                    : "is not a regular file (a pipe, device or socket)");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DatasetException(name, "no such file");
        } catch (IOException e) {
            throw new DatasetException(name, "cannot read: " + DatasetException.reason(e), e);
        }
    }

    /**
     * The content, gunzipped when the first two bytes are the gzip magic 1f 8b whatever the name says, so that a
     * gzipped file without {@code .gz} (or a raw one with it) still reads.
     */
    InputStream openDecoded() {
        InputStream raw = new BufferedInputStream(open(), 1 << 16);
        boolean handedOver = false;
        try {
            raw.mark(2);
            int first = raw.read();
            int second = raw.read();
            raw.reset();
            if (first < 0) {
                throw new DatasetException(name, "the file is empty");
            }
            InputStream decoded = first == 0x1f && second == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
            handedOver = true;
            return decoded;
        } catch (java.io.EOFException | java.util.zip.ZipException e) { // a gzip header cut short or broken
            throw new DatasetException(name, "corrupt or truncated gzip data", e);
        } catch (IOException e) {
            throw new DatasetException(name, "cannot read: " + DatasetException.reason(e), e);
        } finally {
            if (!handedOver) {
                closeQuietly(raw);
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }
}
