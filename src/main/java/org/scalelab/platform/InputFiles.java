package org.scalelab.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the text files a user hands ScaleLab (network specs, projects, class-name lists) so that any path gives
 * either the text or one {@link InputFileException} sentence: never a hang, a stack trace or a gigabyte in memory.
 * <ul>
 *   <li>an empty path, a missing file, a folder or a file without read permission is named as such;</li>
 *   <li>a regular file is read up to {@code maxBytes}; a larger one is refused;</li>
 *   <li>a pipe, device or socket (a FIFO, {@code /dev/zero}, {@code <(process substitution)}) is read on a helper thread
 *       for at most {@link #SPECIAL_FILE_WAIT}: a FIFO nobody writes to is reported instead of blocking forever;</li>
 *   <li>the bytes must be UTF-8 without NUL bytes (a binary file is reported as one); a leading byte-order mark,
 *       which some editors write, is dropped.</li>
 * </ul>
 */
public final class InputFiles {
    /** Far beyond any spec or project (the largest preset is 2 KB), far below trouble. */
    public static final long MAX_TEXT_BYTES = 4L << 20;
    /** How long a pipe or device may take to deliver its content. */
    static final Duration SPECIAL_FILE_WAIT = Duration.ofSeconds(5);
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** st_mode's file-type bits for a FIFO, as the "unix" attribute view reports them. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;

    private InputFiles() {
    }

    /** The file's text; {@code maxBytes} bounds what is read. */
    public static String readText(Path file, long maxBytes) throws InputFileException {
        return decode(file, readBytes(file, maxBytes));
    }

    /** The file's bytes, with every check above except the decoding. */
    public static byte[] readBytes(Path file, long maxBytes) throws InputFileException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isDirectory()) {
            throw new InputFileException(file, "is a folder, not a file");
        }
        if (attributes.isRegularFile()) {
            if (attributes.size() > maxBytes) {
                throw tooLarge(file, maxBytes);
            }
            return readBounded(file, maxBytes);
        }
        return readSpecial(file, maxBytes);
    }

    private static BasicFileAttributes attributes(Path file) throws InputFileException {
        if (file == null || file.toString().isEmpty()) {
            throw new InputFileException(file, "no file name given");
        }
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputFileException(file, "permission denied");
        } catch (IOException | SecurityException e) {
            throw new InputFileException(file, "cannot read (" + reason(e) + ")");
        }
    }

    private static byte[] readBounded(Path file, long maxBytes) throws InputFileException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(file, maxBytes); // it grew while we looked, or it is a device without a size
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new InputFileException(file, "permission denied");
        } catch (IOException | SecurityException e) {
            throw new InputFileException(file, "cannot read (" + reason(e) + ")");
        }
    }

    /**
     * Opening a FIFO blocks until someone opens it for writing, and reading a terminal until someone types: both
     * happen on a daemon thread that is given up after {@link #SPECIAL_FILE_WAIT}.
     */
    private static byte[] readSpecial(Path file, long maxBytes) throws InputFileException {
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                read.complete(readBounded(file, maxBytes));
            } catch (InputFileException | RuntimeException e) {
                read.completeExceptionally(e);
            }
        }, "scalelab-read-" + file.getFileName());
        reader.setDaemon(true);
        reader.start();
        try {
            return read.get(SPECIAL_FILE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            release(file);
            throw new InputFileException(file, "is a pipe or device that delivered no complete content within "
                    + SPECIAL_FILE_WAIT.toSeconds() + " s (a FIFO with nothing writing to it?); pass a regular file");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputFileException f) {
                throw f;
            }
            throw new InputFileException(file, "cannot read (" + reason(e.getCause()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputFileException(file, "reading was interrupted");
        }
    }

    /** A reader stuck opening a FIFO is let go by opening the other end once: it then reads an empty file and ends. */
    private static void release(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m && (m & S_IFMT) == S_IFIFO) {
                CompletableFuture.runAsync(() -> {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        out.flush();
                    } catch (IOException | RuntimeException ignored) {
                        // the reader stays parked on its daemon thread; nothing else depends on it
                    }
                }).get(1, TimeUnit.SECONDS);
            }
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            // best effort, see above
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Strict UTF-8: a binary file is named as one instead of turning into replacement characters. */
    static String decode(Path file, byte[] bytes) throws InputFileException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputFileException(file, "is a binary file, not text (a NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            int at = buffer.position();
            throw new InputFileException(file, String.format(Locale.ROOT,
                    "is not UTF-8 text (byte 0x%02X at offset %d); is it a binary file?", bytes[at] & 0xFF, at));
        } catch (CharacterCodingException e) {
            throw new InputFileException(file, "is not UTF-8 text; is it a binary file?");
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static InputFileException tooLarge(Path file, long maxBytes) {
        return new InputFileException(file, "is too large (more than " + maxBytes + " bytes); not a file ScaleLab reads");
    }

    /** The platform's reason without Java's exception class names. */
    private static String reason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
