package org.scalelab.ui.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.StageSpec;
import org.scalelab.format.Numbers;

/**
 * Pure geometry of the scaling figure (the EfficientNet paper's Figure 2, live): one column per network, side by
 * side, each drawn bottom-up as its input image, then one bar per layer (stem, every block, head). All columns
 * share one scale, so what a rule changes shows as what it is: a wider network has wider bars (bar width is
 * proportional to the channels), a deeper one more bars, a higher resolution a larger input square (side
 * proportional to the pixels). The scale follows the networks shown, so a change of φ rescales every column
 * together (the view animates it). No JavaFX: the view paints what this computes.
 */
public final class FigureLayout {
    /** Body text size at scale 1, in pixels. */
    public static final double FONT = 13;
    static final double PAD = 8;
    /** Minimum width of a bar, so that a narrow layer stays visible. */
    static final double MIN_BAR_WIDTH = 2;
    /** Characters of body text a column is wide enough for, at least; larger text is scaled down to that. */
    static final double COLUMN_CHARACTERS = 6.5;
    /** Average width of a character, in font sizes (for splitting captions before they would need shrinking). */
    static final double CHARACTER_WIDTH = 0.58;

    public enum Kind { STEM, BLOCK, HEAD }

    /** What a text is: the painter picks font and colour by it. */
    public enum Role { TITLE, CAPTION, LABEL, FOOTER }

    /** A layer's bar; {@code opacity} is below 1 only while a bar fades in or out during an animation. */
    public record Bar(Kind kind, int stage, double x, double y, double width, double height, double opacity) {
        Bar withOpacity(double o) {
            return new Bar(kind, stage, x, y, width, height, o);
        }
    }

    /**
     * A text, left-aligned at {@code x} with its top at {@code y}, at most {@code maxWidth} wide (the painter
     * shrinks it to fit); emphasised texts name what this column changed from the baseline.
     */
    public record Text(String text, double x, double y, double maxWidth, Role role, boolean emphasised) {
    }

    /** The input image: a square of side proportional to the resolution. */
    public record Square(double x, double y, double side) {
    }

    public record Column(FigureNetwork network, double x, double width, Square input, List<Bar> bars,
                         List<Text> texts) {
    }

    /** The whole figure; {@code fontSize} is the body text size used. */
    public record Layout(List<Column> columns, double width, double height, double fontSize) {
        public static final Layout EMPTY = new Layout(List.of(), 0, 0, FONT);
    }

    /** The shared scale: the largest channel count, resolution and layer count of the networks it covers. */
    record Scale(int maxChannels, int maxResolution, int maxSlots, int maxStages) {
        static Scale of(List<NetworkSpec> specs) {
            int ch = 1;
            int res = 1;
            int slots = 1;
            int stages = 1;
            for (NetworkSpec s : specs) {
                ch = Math.max(ch, FigureLayout.maxChannels(s));
                res = Math.max(res, s.input().resolution());
                slots = Math.max(slots, slots(s));
                stages = Math.max(stages, s.stages().size());
            }
            return new Scale(ch, res, slots, stages);
        }
    }

    private FigureLayout() {
    }

    /**
     * Lays out the networks (the first one is the baseline the others are compared with) in {@code width ×
     * height}, at a text scale ({@code 1} normal, {@code 2} lecture).
     */
    public static Layout layout(List<FigureNetwork> networks, double width, double height, double textScale) {
        if (networks.isEmpty() || width < 20 || height < 20) {
            return new Layout(List.of(), width, height, FONT * textScale);
        }
        Scale scale = Scale.of(networks.stream().map(FigureNetwork::spec).toList());
        double gap = PAD * textScale;
        double columnWidth = (width - gap * (networks.size() + 1)) / networks.size();
        // Text as large as asked, but a column must still hold about ten characters of it.
        double fs = Math.max(FONT * 0.8, Math.min(FONT * textScale, columnWidth / COLUMN_CHARACTERS));
        NetworkSpec baseline = networks.get(0).spec();
        // Every column reserves as many footer lines as the longest needs, so that the inputs line up.
        int footerLines = networks.stream().mapToInt(n -> lines(footer(n), columnWidth, fs).size()).max().orElse(1);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < networks.size(); i++) {
            double x = gap + i * (columnWidth + gap);
            columns.add(column(networks.get(i), baseline, scale, x, columnWidth, height, fs, footerLines));
        }
        return new Layout(List.copyOf(columns), width, height, fs);
    }

    /** Line height for a font size. */
    static double line(double fs) {
        return fs * 1.35;
    }

    private static Column column(FigureNetwork n, NetworkSpec baseline, Scale scale, double x, double w, double h,
                                 double fs, int footerLines) {
        NetworkSpec s = n.spec();
        double lh = line(fs);
        List<Text> texts = new ArrayList<>();
        double titleSize = fs * 1.2;
        texts.add(new Text(title(n), x, PAD, w, Role.TITLE, false));
        double y = PAD + line(titleSize);
        List<String> caption = lines(caption(n), w, fs);
        for (String part : caption) {
            texts.add(new Text(part, x, y, w, Role.CAPTION, n.rule() != null));
            y += lh;
        }
        double stackTop = y + fs * 0.5;

        List<String> footer = lines(footer(n), w, fs);
        double footerTop = h - PAD / 2 - lh * footerLines;
        for (int i = 0; i < footer.size(); i++) {
            texts.add(new Text(footer.get(i), x, footerTop + i * lh, w, Role.FOOTER, false));
        }

        // Labels sit in a gutter right of the bars; the bars and the input square centre on the rest.
        double gutter = Math.min(w * 0.42, fs * 4.8);
        double barArea = Math.max(4, w - gutter - fs * 0.4);
        double axis = x + barArea / 2;
        double labelX = x + barArea + fs * 0.4;

        double maxSide = Math.max(6, Math.min(barArea, (footerTop - stackTop) * 0.3));
        double side = maxSide * s.input().resolution() / scale.maxResolution();
        double squareBottom = footerTop - fs * 0.5;
        Square input = new Square(axis - side / 2, squareBottom - side, side);
        String res = s.input().resolution() + " px";
        texts.add(new Text(res, labelX, squareBottom - side / 2 - lh / 2, gutter, Role.LABEL,
                s.input().resolution() != baseline.input().resolution()));

        double stackBottom = squareBottom - maxSide - fs * 0.6;
        double stageGap = Math.max(1, fs * 0.3);
        double available = Math.max(4, stackBottom - stackTop - (scale.maxStages() + 2) * stageGap);
        double unit = available / scale.maxSlots();
        double barGap = Math.min(2, unit * 0.2);
        double barHeight = Math.max(0.5, Math.min(fs * 1.8, unit - barGap));

        List<Bar> bars = new ArrayList<>();
        List<Text> labels = new ArrayList<>();
        double top = stackBottom;
        top = addBar(bars, Kind.STEM, -1, s.stem().channels(), axis, top, barArea, barHeight, scale);
        labels.add(new Text(s.stem().channels() + " ch", labelX, top + barHeight / 2 - lh / 2, gutter, Role.LABEL,
                s.stem().channels() != baseline.stem().channels()));
        for (int i = 0; i < s.stages().size(); i++) {
            StageSpec st = s.stages().get(i);
            top -= stageGap;
            double groupBottom = top;
            for (int r = 0; r < st.repeats(); r++) {
                top = addBar(bars, Kind.BLOCK, i, st.outChannels(), axis, top, barArea, barHeight, scale)
                        - (r + 1 < st.repeats() ? barGap : 0);
            }
            StageSpec base = i < baseline.stages().size() ? baseline.stages().get(i) : null;
            boolean changed = base == null || base.repeats() != st.repeats() || base.outChannels() != st.outChannels();
            labels.add(new Text(st.repeats() + "×" + st.outChannels(), labelX, (top + groupBottom) / 2 - lh / 2,
                    gutter, Role.LABEL, changed));
        }
        if (s.head().present()) {
            top -= stageGap;
            top = addBar(bars, Kind.HEAD, -1, s.head().channels(), axis, top, barArea, barHeight, scale);
            labels.add(new Text(s.head().channels() + " ch", labelX, top + barHeight / 2 - lh / 2, gutter, Role.LABEL,
                    s.head().channels() != baseline.head().channels()));
        }
        texts.addAll(withoutOverlaps(labels, lh));
        return new Column(n, x, w, input, List.copyOf(bars), List.copyOf(texts));
    }

    /** Adds a bar whose bottom is at {@code bottom}; returns its top. */
    private static double addBar(List<Bar> bars, Kind kind, int stage, int channels, double axis, double bottom,
                                 double barArea, double barHeight, Scale scale) {
        double width = Math.max(MIN_BAR_WIDTH, barArea * channels / scale.maxChannels());
        double top = bottom - barHeight;
        bars.add(new Bar(kind, stage, axis - width / 2, top, width, barHeight, 1));
        return top;
    }

    /**
     * Stage labels from the bottom up; one that would overlap the last one kept is dropped (a deep network's
     * stages can be thinner than a line of text), except that a changed label replaces an unchanged one.
     */
    static List<Text> withoutOverlaps(List<Text> labels, double lineHeight) {
        List<Text> kept = new ArrayList<>();
        for (Text t : labels) {
            if (!kept.isEmpty()) {
                Text last = kept.get(kept.size() - 1);
                if (last.y() - t.y() < lineHeight * 0.95) {
                    if (t.emphasised() && !last.emphasised()) {
                        kept.set(kept.size() - 1, t);
                    }
                    continue;
                }
            }
            kept.add(t);
        }
        return kept;
    }

    /** "7.74 M MACs · 4.0× the baseline". */
    static String footer(FigureNetwork n) {
        return Numbers.count(n.macs()) + " MACs" + (n.rule() == null ? ""
                : String.format(Locale.ROOT, " · %.1f× the baseline", n.macsRatio()));
    }

    /** A text on one line, or broken at its last " · " when it would not fit the width (rather than shrink it). */
    static List<String> lines(String text, double width, double fs) {
        int cut = text.lastIndexOf(" · ");
        if (text.length() * CHARACTER_WIDTH * fs > width && cut > 0) {
            return List.of(text.substring(0, cut), text.substring(cut + 3));
        }
        return List.of(text);
    }

    static String title(FigureNetwork n) {
        if (n.rule() == null) {
            return "Baseline";
        }
        return switch (n.rule()) {
            case WIDTH -> "Wider";
            case DEPTH -> "Deeper";
            case RESOLUTION -> "Higher resolution";
            case COMPOUND -> "Compound";
            case DWR -> "Fast dWr";
        };
    }

    static String caption(FigureNetwork n) {
        return settings(n) + (n.upsampled() ? " · input upsampled" : "");
    }

    private static String settings(FigureNetwork n) {
        var m = n.multipliers();
        if (n.rule() == null) {
            return "d = w = r = 1";
        }
        return switch (n.rule()) {
            case WIDTH -> "w = " + two(m.width());
            case DEPTH -> "d = " + two(m.depth());
            case RESOLUTION -> "r = " + two(m.resolution());
            default -> "d " + two(m.depth()) + " · w " + two(m.width()) + " · r " + two(m.resolution());
        };
    }

    private static String two(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** Layers drawn: stem, every block, and the head when there is one. */
    static int slots(NetworkSpec s) {
        return 1 + s.blockCount() + (s.head().present() ? 1 : 0);
    }

    static int maxChannels(NetworkSpec s) {
        int m = s.stem().channels();
        for (StageSpec st : s.stages()) {
            m = Math.max(m, st.outChannels());
        }
        return Math.max(m, s.head().channels());
    }

    /**
     * The figure a fraction {@code t} (0 to 1) of the way from {@code from} to {@code to}, for animating a change of
     * φ: squares and bars move and resize; bars that only one side has fade in or out; texts are the target's, at
     * positions moving with their bars. Columns are matched by position; a different column count jumps to the target.
     */
    public static Layout tween(Layout from, Layout to, double t) {
        if (t >= 1 || from.columns().size() != to.columns().size()) {
            return to;
        }
        double u = Math.max(0, t);
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < to.columns().size(); c++) {
            Column a = from.columns().get(c);
            Column b = to.columns().get(c);
            Square input = new Square(mix(a.input().x(), b.input().x(), u), mix(a.input().y(), b.input().y(), u),
                    mix(a.input().side(), b.input().side(), u));
            // Bars match by stage and place in it: a deeper stage grows new blocks that fade in on top of its
            // old ones, and the stages above slide up to make room.
            java.util.Map<String, Bar> old = keyed(a.bars());
            java.util.Map<String, Bar> next = keyed(b.bars());
            List<Bar> bars = new ArrayList<>();
            next.forEach((key, q) -> {
                Bar p = old.get(key);
                bars.add(p == null ? q.withOpacity(u) : new Bar(q.kind(), q.stage(), mix(p.x(), q.x(), u),
                        mix(p.y(), q.y(), u), mix(p.width(), q.width(), u), mix(p.height(), q.height(), u), 1));
            });
            old.forEach((key, p) -> {
                if (!next.containsKey(key)) {
                    bars.add(p.withOpacity(1 - u));
                }
            });
            List<Text> texts = new ArrayList<>();
            for (int i = 0; i < b.texts().size(); i++) {
                Text q = b.texts().get(i);
                Text p = i < a.texts().size() ? a.texts().get(i) : null;
                double y = p != null && p.role() == q.role() ? mix(p.y(), q.y(), u) : q.y();
                texts.add(new Text(q.text(), q.x(), y, q.maxWidth(), q.role(), q.emphasised()));
            }
            cols.add(new Column(b.network(), b.x(), b.width(), input, List.copyOf(bars), List.copyOf(texts)));
        }
        return new Layout(List.copyOf(cols), to.width(), to.height(), to.fontSize());
    }

    /** Bars by kind, stage and place within the stage, in drawing order. */
    private static java.util.Map<String, Bar> keyed(List<Bar> bars) {
        java.util.Map<String, Bar> out = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Bar b : bars) {
            String group = b.kind() + "/" + b.stage();
            int i = counts.merge(group, 1, Integer::sum);
            out.put(group + "/" + i, b);
        }
        return out;
    }

    private static double mix(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
