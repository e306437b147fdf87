package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scalelab.domain.scaling.NativeResolution;

/**
 * How the commands mark a variant whose input is larger than the data's native resolution: {@code 36*} in a
 * table's resolution column with a footnote, {@code native_resolution} and {@code upsampled} in JSON, and one
 * note before a sweep or search starts training such variants.
 */
final class Upsampling {
    static final String MARK = "*";

    private Upsampling() {
    }

    /** The resolution for a right-aligned table column: {@code 36*} when upsampled, {@code 28 } otherwise (digits align). */
    static String resolution(int resolution, NativeResolution data) {
        return resolution + (data.upsamples(resolution) ? MARK : " ");
    }

    static void put(ObjectNode o, int resolution, NativeResolution data) {
        o.put("native_resolution", data.median());
        if (!data.isFixed()) {
            o.put("native_resolution_smallest", data.smallest());
        }
        o.put("upsampled", data.upsamples(resolution));
    }

    /** The footnote under a table with at least one upsampled row; empty when none is. */
    static Optional<String> footnote(Collection<Integer> resolutions, NativeResolution data) {
        if (resolutions.stream().noneMatch(data::upsamples)) {
            return Optional.empty();
        }
        return Optional.of(MARK + " upsampled: the input is larger than the data's native resolution (" + data.describe()
                + "): more pixels, no more information.");
    }

    /** The note printed once before training: how many of the networks are upsampled, and to which sizes. */
    static Optional<String> warning(Collection<Integer> resolutions, NativeResolution data) {
        long upsampled = resolutions.stream().filter(data::upsamples).count();
        if (upsampled == 0) {
            return Optional.empty();
        }
        String sizes = new TreeSet<>(resolutions).stream().filter(data::upsamples).map(r -> r + " px")
                .collect(Collectors.joining(", "));
        return Optional.of("note: " + upsampled + " of " + resolutions.size() + " networks take inputs larger than the"
                + " data's native resolution (" + data.describe() + "): " + sizes + "; they are trained on upsampled"
                + " images (more pixels, no more information).");
    }
}
