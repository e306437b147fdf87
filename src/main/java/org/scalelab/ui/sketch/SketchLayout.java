package org.scalelab.ui.sketch;

import java.util.ArrayList;
import java.util.List;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageSpec;

/**
 * Pure geometry of the network sketch: two networks (the baseline and a scaled variant) in two rows that share
 * one scale, so that more blocks make a longer row, more channels taller boxes and a larger input a larger
 * square. One box per block; box height grows with the square root of the channels (so B7's 2560-channel
 * head still fits); the input square's side grows linearly with the resolution. No JavaFX.
 */
public final class SketchLayout {
    /** Room above each row for its title. */
    public static final double TITLE_HEIGHT = 38;
    public static final double MARGIN = 10;
    public static final double GAP = 2;
    public static final double STAGE_GAP = 6;
    public static final double MAX_BLOCK_WIDTH = 18;
    public static final double MIN_BOX_HEIGHT = 3;
    /** Room below each row for the input's size label. */
    public static final double LABEL_HEIGHT = 16;

    public enum Kind { INPUT, STEM, BLOCK, HEAD }

    /** A box: what it is, which stage it belongs to (−1 for input, stem and head), and where it sits. */
    public record Box(Kind kind, int stage, double x, double y, double width, double height, String label) {
    }

    /** One network's row: its boxes and the rectangle it occupies. */
    public record Row(double top, double height, List<Box> boxes) {
        public Box input() {
            return boxes.get(0);
        }

        public List<Box> blocks() {
            return boxes.stream().filter(b -> b.kind() == Kind.BLOCK).toList();
        }

        /** Right edge of the last box. */
        public double right() {
            return boxes.stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
        }
    }

    public record Sketch(Row baseline, Row variant, double width, double height) {
    }

    private SketchLayout() {
    }

    /** Lays out both networks in {@code width × height}; {@code variant} may be null (then only the baseline). */
    public static Sketch layout(NetworkSpec baseline, NetworkSpec variant, double width, double height) {
        List<NetworkSpec> specs = variant == null ? List.of(baseline) : List.of(baseline, variant);
        double rowHeight = Math.max(20, height / specs.size());
        double drawHeight = Math.max(8, rowHeight - TITLE_HEIGHT - MARGIN - LABEL_HEIGHT);
        int maxRes = specs.stream().mapToInt(s -> s.input().resolution()).max().orElse(1);
        int maxChannels = specs.stream().mapToInt(SketchLayout::maxChannels).max().orElse(1);
        double square = Math.min(drawHeight, Math.max(20, width * 0.18));
        // Horizontal: the longest network must fit after the largest input square.
        double fixed = 0;
        int maxSlots = 0;
        for (NetworkSpec s : specs) {
            int slots = s.blockCount() + 1 + (s.head().present() ? 1 : 0);
            double gaps = slots * GAP + s.stages().size() * STAGE_GAP;
            if (slots > maxSlots || gaps > fixed) {
                maxSlots = Math.max(maxSlots, slots);
                fixed = Math.max(fixed, gaps);
            }
        }
        double available = width - 2 * MARGIN - square - 3 * STAGE_GAP - fixed;
        double blockWidth = Math.max(1, Math.min(MAX_BLOCK_WIDTH, available / Math.max(1, maxSlots)));
        Row base = row(baseline, 0, rowHeight, drawHeight, square, maxRes, maxChannels, blockWidth);
        Row scaled = variant == null ? null
                : row(variant, rowHeight, rowHeight, drawHeight, square, maxRes, maxChannels, blockWidth);
        return new Sketch(base, scaled, width, height);
    }

    /** Box height for a channel count: square root scale, the widest layer filling {@code drawHeight}. */
    public static double boxHeight(int channels, int maxChannels, double drawHeight) {
        return Math.max(MIN_BOX_HEIGHT, drawHeight * Math.sqrt(channels / (double) maxChannels));
    }

    private static int maxChannels(NetworkSpec s) {
        int m = s.stem().channels();
        for (StageSpec st : s.stages()) {
            m = Math.max(m, st.outChannels());
        }
        return Math.max(m, s.head().channels());
    }

    private static Row row(NetworkSpec s, double top, double rowHeight, double drawHeight, double maxSquare,
                           int maxRes, int maxChannels, double blockWidth) {
        List<Box> boxes = new ArrayList<>();
        double mid = top + TITLE_HEIGHT + drawHeight / 2;
        double side = Math.max(4, maxSquare * s.input().resolution() / maxRes);
        int res = s.input().resolution();
        boxes.add(new Box(Kind.INPUT, -1, MARGIN, mid - side / 2, side, side, res + "×" + res));
        double x = MARGIN + maxSquare + 2 * STAGE_GAP;
        double h = boxHeight(s.stem().channels(), maxChannels, drawHeight);
        boxes.add(new Box(Kind.STEM, -1, x, mid - h / 2, blockWidth, h, "stem " + s.stem().channels()));
        x += blockWidth + GAP;
        for (int i = 0; i < s.stages().size(); i++) {
            StageSpec st = s.stages().get(i);
            x += STAGE_GAP;
            h = boxHeight(st.outChannels(), maxChannels, drawHeight);
            for (int r = 0; r < st.repeats(); r++) {
                boxes.add(new Box(Kind.BLOCK, i, x, mid - h / 2, blockWidth, h,
                        "stage " + (i + 1) + " · " + st.type().label() + " · " + st.outChannels() + " ch"));
                x += blockWidth + GAP;
            }
        }
        if (s.head().present()) {
            x += STAGE_GAP;
            h = boxHeight(s.head().channels(), maxChannels, drawHeight);
            boxes.add(new Box(Kind.HEAD, -1, x, mid - h / 2, blockWidth, h, "head " + s.head().channels()));
        }
        return new Row(top, rowHeight, List.copyOf(boxes));
    }
}
