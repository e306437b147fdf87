package org.scalelab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.domain.spec.SpecException;
import picocli.CommandLine.Option;

/** {@code --arch NAME | --spec FILE}: where the baseline comes from. Use {@link Choice} as an exclusive group. */
final class SpecSource {

    private SpecSource() {
    }

    static final class Choice {
        @Option(names = "--arch", paramLabel = "NAME", description = "A bundled preset (see `scalelab presets`).")
        String arch;

        @Option(names = "--spec", paramLabel = "FILE", description = "A network spec as JSON.")
        Path spec;
    }

    static NetworkSpec load(Choice choice) {
        if (choice.arch != null) {
            try {
                return Presets.get(choice.arch);
            } catch (SpecException e) {
                throw new UserError("--arch: " + e.problem());
            }
        }
        return read(choice.spec);
    }

    static NetworkSpec read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("--spec " + file + ": no such file");
        } catch (IOException e) {
            throw new UserError("--spec " + file + ": cannot read (" + e.getMessage() + ")");
        }
        try {
            return NetworkSpecJson.read(text);
        } catch (SpecException e) {
            throw new UserError("--spec " + file + ": " + e.getMessage());
        }
    }
}
