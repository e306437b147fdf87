package org.scalelab.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Special files where a file is expected: a FIFO nobody writes to, a folder, devices, a link loop, an empty path, a
 * name too long for the file system, a file without read permission (unreadable only when not run as root).
 */
final class SpecialFiles {
    private static final List<String> OPTIONS = List.of("cost --spec", "check --spec", "check --project", "check --db",
            "runs list --db", "check --data", "train --arch simple-cnn --epochs 0 --db", "train --arch simple-cnn --data");

    private SpecialFiles() {
    }

    static FuzzCase make(int number, Path dir, Mutator m) throws IOException {
        String what;
        String path;
        switch (m.below(9)) {
            case 0 -> {
                Path fifo = dir.resolve("fifo");
                what = mkfifo(fifo) ? "a FIFO with no writer" : "a missing file (no mkfifo here)";
                path = fifo.toString();
            }
            case 1 -> {
                what = "a folder";
                path = dir.toString();
            }
            case 2 -> {
                path = m.pick(List.of("/dev/zero", "/dev/null", "/dev/urandom", "/dev/full"));
                what = "the device " + path;
            }
            case 3 -> {
                Path a = dir.resolve("a");
                Files.createSymbolicLink(a, dir.resolve("b"));
                Files.createSymbolicLink(dir.resolve("b"), a);
                what = "a link loop";
                path = a.toString();
            }
            case 4 -> {
                what = "an empty path";
                path = "";
            }
            case 5 -> {
                what = "a name longer than the file system allows";
                path = dir.resolve("n".repeat(300)).resolve("x").toString();
            }
            case 6 -> {
                Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
                locked.toFile().setReadable(false, false);
                what = "a file without read permission";
                path = locked.toString();
            }
            case 7 -> {
                what = "a path through a file";
                path = Files.writeString(dir.resolve("file"), "x").resolve("inside.json").toString();
            }
            default -> {
                what = "a missing file in a missing folder";
                path = dir.resolve("no/such/folder/file.json").toString();
            }
        }
        List<String> args = new java.util.ArrayList<>(List.of(m.pick(OPTIONS).split(" ")));
        args.add(path);
        return new FuzzCase(number, "special", what + " as " + String.join(" ", args.subList(0, args.size() - 1)), args, dir);
    }

    static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
