package org.scalelab.fuzz;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;

/**
 * Dataset folders: a small valid IDX, CIFAR-10 or image folder, then one thing broken (a header field, a label, a
 * length, a file replaced by a folder or a FIFO, an image that lies about its size). Checked with {@code check
 * --data}, and sometimes with {@code train --data} and a train size no folder here can serve.
 */
final class HostileData {
    static final int IDX_MAGIC_IMAGES = 0x00000803;
    static final int IDX_MAGIC_LABELS = 0x00000801;
    private static final List<String> IDX_FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
    private static final List<Integer> HOSTILE_INTS = List.of(0, -1, 1, 2, 3, 255, 256, 65_536, 1_000_000,
            Integer.MAX_VALUE, Integer.MIN_VALUE, IDX_MAGIC_IMAGES, IDX_MAGIC_LABELS);

    private HostileData() {
    }

    static FuzzCase make(int number, Path dir, Mutator m) throws IOException {
        Path data = dir.resolve("data");
        String what = switch (m.below(3)) {
            case 0 -> idx(data, m);
            case 1 -> cifar(data, m);
            default -> images(data, m);
        };
        List<String> args = m.chance(0.8) ? List.of("check", "--data", data.toString(), "--json")
                : List.of("train", "--arch", "simple-cnn", "--data", data.toString(), "--train-size", "1000000000",
                        "--epochs", "1", "--db", dir.resolve("runs.db").toString());
        return new FuzzCase(number, "data", what, args, dir);
    }

    // IDX

    private static String idx(Path data, Mutator m) throws IOException {
        Files.createDirectories(data);
        int classes = 10;
        int train = 30;
        int test = 10;
        int side = 4;
        byte[][] files = {
            images(train, side, m), labels(train, classes), images(test, side, m), labels(test, classes)};
        int f = m.below(4);
        String what;
        switch (m.below(9)) {
            case 0 -> { // a header field
                int field = 4 * (1 + m.below(f % 2 == 0 ? 3 : 1));
                int value = m.pick(HOSTILE_INTS);
                ByteBuffer.wrap(files[f]).putInt(field, value);
                what = IDX_FILES.get(f) + " header field at " + field + " = " + value;
            }
            case 1 -> { // the magic number
                ByteBuffer.wrap(files[f]).putInt(0, m.pick(HOSTILE_INTS));
                what = IDX_FILES.get(f) + " magic";
            }
            case 2 -> { // a label outside the classes, or every label one class
                int at = 8 + m.below(f == 1 ? train : test);
                if (m.chance(0.5)) {
                    files[f == 3 ? 3 : 1][at] = (byte) m.pick(List.of(10, 11, 127, 200, 255)).intValue();
                    what = "a label out of range";
                } else {
                    java.util.Arrays.fill(files[1], 8, files[1].length, (byte) 0);
                    what = "every training label 0";
                }
            }
            case 3 -> {
                files[f] = m.bytes(files[f]);
                what = IDX_FILES.get(f) + " bytes edited";
            }
            case 4 -> {
                files[f] = gzip(files[f]);
                int cut = m.below(files[f].length);
                files[f] = m.chance(0.5) ? java.util.Arrays.copyOf(files[f], cut) : m.bytes(files[f]);
                what = IDX_FILES.get(f) + " gzipped and broken";
            }
            case 5 -> {
                files[2] = images(test, side + 1, m);
                what = "test images of another size";
            }
            default -> {
                what = IDX_FILES.get(f) + " " + replaceFile(data.resolve(IDX_FILES.get(f)), m);
                files[f] = null;
            }
        }
        for (int i = 0; i < 4; i++) {
            if (files[i] != null) {
                Files.write(data.resolve(IDX_FILES.get(i) + (m.chance(0.2) ? ".gz" : "")), m.chance(0.2) ? gzip(files[i]) : files[i]);
            }
        }
        return "IDX: " + what;
    }

    private static byte[] images(int count, int side, Mutator m) {
        return ByteBuffer.allocate(16 + count * side * side).putInt(IDX_MAGIC_IMAGES).putInt(count).putInt(side)
                .putInt(side).put(m.randomBytes(count * side * side)).array();
    }

    private static byte[] labels(int count, int classes) {
        ByteBuffer b = ByteBuffer.allocate(8 + count).putInt(IDX_MAGIC_LABELS).putInt(count);
        for (int i = 0; i < count; i++) {
            b.put((byte) (i % classes));
        }
        return b.array();
    }

    /** Removes the file or puts something else in its place: empty, a folder, a FIFO, a link to a device. */
    static String replaceFile(Path file, Mutator m) throws IOException {
        Files.deleteIfExists(file);
        switch (m.below(5)) {
            case 0 -> {
                return "missing";
            }
            case 1 -> {
                Files.write(file, new byte[0]);
                return "empty";
            }
            case 2 -> {
                Files.createDirectories(file);
                return "a folder";
            }
            case 3 -> {
                if (SpecialFiles.mkfifo(file)) {
                    return "a FIFO";
                }
                Files.write(file, new byte[0]);
                return "empty";
            }
            default -> {
                Files.createSymbolicLink(file, Path.of(m.pick(List.of("/dev/zero", "/dev/null", "/nonexistent"))));
                return "a link to " + Files.readSymbolicLink(file);
            }
        }
    }

    // CIFAR-10

    private static String cifar(Path data, Mutator m) throws IOException {
        Files.createDirectories(data);
        List<String> batches = List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin",
                "data_batch_5.bin", "test_batch.bin");
        byte[][] files = new byte[6][];
        for (int b = 0; b < 6; b++) {
            files[b] = new byte[4 * 3073];
            for (int r = 0; r < 4; r++) {
                files[b][r * 3073] = (byte) ((2 * b + r) % 10);
            }
        }
        int f = m.below(6);
        String what;
        switch (m.below(6)) {
            case 0 -> {
                files[f][3073 * m.below(4)] = (byte) m.pick(List.of(10, 99, 255)).intValue();
                what = batches.get(f) + " label out of range";
            }
            case 1 -> {
                files[f] = m.bytes(files[f]);
                what = batches.get(f) + " bytes edited";
            }
            case 2 -> {
                Files.writeString(data.resolve("batches.meta.txt"), m.pick(List.of("a\nb\nc\n", "x\n".repeat(10),
                        "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n", "\u0000\u0001", "")),
                        StandardCharsets.UTF_8);
                what = "class names file";
            }
            case 3 -> {
                what = "class names file " + replaceFile(data.resolve("batches.meta.txt"), m);
            }
            default -> {
                what = batches.get(f) + " " + replaceFile(data.resolve(batches.get(f)), m);
                files[f] = null;
            }
        }
        for (int b = 0; b < 6; b++) {
            if (files[b] != null) {
                Files.write(data.resolve(batches.get(b)), files[b]);
            }
        }
        return "CIFAR-10: " + what;
    }

    // Image folders

    private static String images(Path data, Mutator m) throws IOException {
        int classes = 2 + m.below(2);
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < 5; i++) {
                png(data.resolve("class" + c).resolve(i + ".png"), 4, 4, 40 * c + i);
            }
        }
        Path victim = data.resolve("class" + m.below(classes)).resolve(m.below(5) + ".png");
        switch (m.below(9)) {
            case 0 -> {
                Files.write(victim, m.bytes(Files.readAllBytes(victim)));
                return "images: " + victim.getFileName() + " bytes edited";
            }
            case 1 -> {
                Files.write(victim, declaredSize(m.pick(List.of(100_000, 20_000, 65_535, 0)), m.pick(List.of(100_000, 8_000, 1))));
                return "images: a PNG header declaring a huge size";
            }
            case 2 -> {
                deleteTree(data.resolve("class1"));
                if (classes == 2) {
                    return "images: one class left";
                }
                return "images: a class removed";
            }
            case 3 -> {
                for (int i = 0; i < 5; i++) {
                    Files.delete(data.resolve("class0").resolve(i + ".png"));
                }
                return "images: an empty class folder";
            }
            case 4 -> {
                for (int c = 0; c < classes; c++) {
                    for (int i = 1; i < 5; i++) {
                        Files.delete(data.resolve("class" + c).resolve(i + ".png"));
                    }
                }
                return "images: one image per class";
            }
            case 5 -> {
                png(victim, 7 + m.below(30), 3 + m.below(30), 9);
                return "images: one image of another size";
            }
            case 6 -> {
                Files.writeString(victim, "not an image", StandardCharsets.UTF_8);
                return "images: text named .png";
            }
            default -> {
                return "images: " + victim.getFileName() + " " + replaceFile(victim, m);
            }
        }
    }

    static void png(Path file, int height, int width, int value) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, (value + x + y) & 0xff);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** A PNG signature and an IHDR chunk (with a correct CRC) declaring width × height, and no image data. */
    static byte[] declaredSize(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
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

    static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
