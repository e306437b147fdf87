package org.scalelab.cli;

import java.nio.file.Path;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.domain.spec.SpecException;
import org.scalelab.platform.InputFileException;
import org.scalelab.platform.InputFiles;
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
            text = InputFiles.readText(file, InputFiles.MAX_TEXT_BYTES);
        } catch (InputFileException e) {
            throw new UserError("--spec " + shown(file) + ": " + e.problem());
        }
        try {
            return NetworkSpecJson.read(text);
        } catch (SpecException e) {
            throw new UserError("--spec " + shown(file) + ": " + e.getMessage());
        }
    }

    /** The path as typed, or '' for an empty one (which would otherwise print as nothing at all). */
    static String shown(Path file) {
        return file == null || file.toString().isEmpty() ? "''" : file.toString();
    }
}
