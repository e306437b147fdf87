package org.scalelab.ui.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.spec.Activation;
import org.scalelab.domain.spec.BlockType;
import org.scalelab.domain.spec.HeadSpec;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.SpecException;
import org.scalelab.domain.spec.StageNotation;
import org.scalelab.domain.spec.StageSpec;
import org.scalelab.domain.spec.StemSpec;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The baseline editor's state and rules, without controls. Every edit builds a whole new {@link NetworkSpec}
 * and only sets the model's baseline when that spec validates; otherwise the model keeps the previous valid
 * spec, {@link #errorProperty()} says why, and {@link #invalidTargetProperty()} names the field at fault so the
 * view can mark it in place. FX thread only.
 */
public final class BaselineEditorViewModel {
    /** {@link #invalidTargetProperty()} values for the fields outside the table. */
    public static final String NOTATION = "notation";
    public static final String STEM_CHANNELS = "stem.channels";
    public static final String STEM_STRIDE = "stem.stride";
    public static final String HEAD_CHANNELS = "head.channels";

    private final WorkbenchModel model;
    private final ObservableList<String> presets = FXCollections.observableArrayList(Presets.names());
    private final ObjectProperty<String> preset = new SimpleObjectProperty<>(this, "preset");
    private final ObservableList<StageSpec> stages = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final StringProperty notation = new SimpleStringProperty(this, "notation", "");
    private final StringProperty stemChannels = new SimpleStringProperty(this, "stemChannels", "");
    private final StringProperty stemStride = new SimpleStringProperty(this, "stemStride", "");
    private final StringProperty headChannels = new SimpleStringProperty(this, "headChannels", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper invalidTarget = new ReadOnlyStringWrapper(this, "invalidTarget", "");
    private final ReadOnlyStringWrapper invalidText = new ReadOnlyStringWrapper(this, "invalidText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private boolean choosingPreset;

    public BaselineEditorViewModel(WorkbenchModel model) {
        this.model = model;
        model.baselineProperty().addListener((o, was, now) -> load(now));
        selectedIndex.addListener(o -> refreshNotation());
        preset.addListener((o, was, now) -> {
            if (now != null && !choosingPreset) {
                choosePreset(now);
            }
        });
        load(model.baselineProperty().get());
    }

    private void load(NetworkSpec spec) {
        int keep = selectedIndex.get();
        stages.setAll(spec.stages());
        selectedIndex.set(stages.isEmpty() ? -1 : Math.max(0, Math.min(keep, stages.size() - 1)));
        refreshNotation();
        stemChannels.set(Integer.toString(spec.stem().channels()));
        stemStride.set(Integer.toString(spec.stem().stride()));
        headChannels.set(Integer.toString(spec.head().channels()));
        choosingPreset = true;
        preset.set(presets.contains(spec.name()) && spec.equals(Presets.get(spec.name())) ? spec.name() : null);
        choosingPreset = false;
        summary.set(spec.name() + " · " + spec.input().resolution() + " px input · " + spec.stages().size()
                + " stages · " + spec.blockCount() + " blocks");
    }

    private void refreshNotation() {
        int i = selectedIndex.get();
        notation.set(i >= 0 && i < stages.size() ? stages.get(i).notation() : "");
    }

    /** Replaces the baseline with a bundled preset. */
    public void choosePreset(String name) {
        apply("", name, () -> Presets.get(name));
    }

    /** Applies one table cell's new text to stage {@code row}; false (and the error set) when invalid. */
    public boolean editStage(int row, StageColumn column, String text) {
        String target = cellTarget(row, column);
        return apply(target, text, () -> {
            StageSpec s = stages.get(row);
            StageSpec edited;
            try {
                edited = withColumn(s, column, text == null ? "" : text.trim());
            } catch (SpecException e) {
                throw e.under("stages[" + row + "]");
            }
            return spec().withStage(row, edited);
        });
    }

    /** Replaces the selected stage by the parsed one-line notation in {@link #notationProperty()}. */
    public boolean commitNotation() {
        int row = selectedIndex.get();
        if (row < 0 || row >= stages.size()) {
            return false;
        }
        String text = notation.get();
        return apply(NOTATION, text, () -> {
            try {
                return spec().withStage(row, StageNotation.parse(text));
            } catch (SpecException e) {
                throw e.under("stages[" + row + "]");
            }
        });
    }

    public boolean commitStemChannels() {
        String text = stemChannels.get();
        return apply(STEM_CHANNELS, text, () -> {
            StemSpec st = spec().stem();
            return spec().withStem(new StemSpec(st.kernel(), st.stride(), integer(text, "stem.channels"),
                    st.activation(), st.maxPool()));
        });
    }

    public boolean commitStemStride() {
        String text = stemStride.get();
        return apply(STEM_STRIDE, text, () -> {
            StemSpec st = spec().stem();
            return spec().withStem(new StemSpec(st.kernel(), integer(text, "stem.stride"), st.channels(),
                    st.activation(), st.maxPool()));
        });
    }

    public boolean commitHeadChannels() {
        String text = headChannels.get();
        return apply(HEAD_CHANNELS, text, () -> {
            HeadSpec h = spec().head();
            Activation act = h.present() || h.activation() != Activation.IDENTITY ? h.activation()
                    : StageNotation.defaultActivation(spec().stages().get(spec().stages().size() - 1).type());
            return spec().withHead(new HeadSpec(integer(text, "head.channels"), act));
        });
    }

    /** Inserts a copy of stage {@code row} after it (stride 1, so the network's total stride stays). */
    public boolean addStageAfter(int row) {
        int at = Math.max(0, Math.min(row, stages.size() - 1));
        boolean ok = apply("", "", () -> {
            List<StageSpec> copy = new ArrayList<>(stages);
            StageSpec s = copy.get(at);
            copy.add(at + 1, new StageSpec(s.type(), s.repeats(), s.kernel(), 1, s.expandRatio(), s.outChannels(),
                    s.seRatio(), s.activation()));
            return spec().withStages(copy);
        });
        if (ok) {
            selectedIndex.set(at + 1);
        }
        return ok;
    }

    public boolean removeStage(int row) {
        if (row < 0 || row >= stages.size()) {
            return false;
        }
        boolean ok = apply("", "", () -> {
            List<StageSpec> copy = new ArrayList<>(stages);
            copy.remove(row);
            return spec().withStages(copy);
        });
        if (ok) {
            selectedIndex.set(Math.min(row, stages.size() - 1));
        }
        return ok;
    }

    /** Moves stage {@code row} up (delta −1) or down (+1). */
    public boolean moveStage(int row, int delta) {
        int to = row + delta;
        if (row < 0 || row >= stages.size() || to < 0 || to >= stages.size()) {
            return false;
        }
        boolean ok = apply("", "", () -> {
            List<StageSpec> copy = new ArrayList<>(stages);
            copy.add(to, copy.remove(row));
            return spec().withStages(copy);
        });
        if (ok) {
            selectedIndex.set(to);
        }
        return ok;
    }

    /** Clears the error and puts the fields back to the model's valid spec. */
    public void revert() {
        clearError();
        load(spec());
    }

    private NetworkSpec spec() {
        return model.baselineProperty().get();
    }

    private boolean apply(String target, String text, Supplier<NetworkSpec> edit) {
        NetworkSpec next;
        try {
            next = edit.get();
        } catch (SpecException e) {
            error.set(onScreen(e.getMessage()));
            invalidText.set(text == null ? "" : text);
            invalidTarget.set(target);
            return false;
        } catch (IllegalArgumentException e) {
            error.set(onScreen(e.getMessage()));
            invalidText.set(text == null ? "" : text);
            invalidTarget.set(target);
            return false;
        }
        clearError();
        if (next.equals(spec())) {
            load(next);
        } else {
            model.baselineProperty().set(next);
        }
        return true;
    }

    /**
     * A spec's message as the window numbers things: the table counts stages from 1 ("stage 2: kernel …"), while
     * specs and the command line index the JSON list from 0 ("stages[1].kernel").
     */
    static String onScreen(String message) {
        if (message == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("stages\\[(\\d+)\\]\\.?").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "stage " + (Integer.parseInt(m.group(1)) + 1) + (m.group().endsWith(".") ? ", " : ""));
        }
        return m.appendTail(out).toString();
    }

    private void clearError() {
        error.set("");
        invalidTarget.set("");
        invalidText.set("");
    }

    /** The {@link #invalidTargetProperty()} value of a table cell. */
    public static String cellTarget(int row, StageColumn column) {
        return "stages[" + row + "]." + column.name().toLowerCase(Locale.ROOT);
    }

    /** A table cell's text. */
    public static String cellText(StageSpec s, StageColumn column) {
        return switch (column) {
            case TYPE -> s.type().label();
            case KERNEL -> Integer.toString(s.kernel());
            case STRIDE -> Integer.toString(s.stride());
            case EXPANSION -> s.type().usesExpansion() ? number(s.expandRatio()) : "–";
            case SE -> s.seRatio() > 0 ? number(s.seRatio()) : "–";
            case CHANNELS -> Integer.toString(s.outChannels());
            case REPEATS -> Integer.toString(s.repeats());
            case ACTIVATION -> s.activation().label();
        };
    }

    private static StageSpec withColumn(StageSpec s, StageColumn column, String text) {
        return switch (column) {
            case TYPE -> {
                BlockType t = blockType(text);
                double e = !t.usesExpansion() ? 1
                        : t == BlockType.RESNET_BOTTLENECK && s.expandRatio() > 1 ? 0.25
                        : t != BlockType.RESNET_BOTTLENECK && s.type() == BlockType.RESNET_BOTTLENECK ? 4
                        : s.expandRatio();
                double se = t.allowsSqueezeExcite() ? s.seRatio() : 0;
                Activation act = s.activation() == StageNotation.defaultActivation(s.type())
                        ? StageNotation.defaultActivation(t) : s.activation();
                yield new StageSpec(t, s.repeats(), s.kernel(), s.stride(), e, s.outChannels(), se, act);
            }
            case KERNEL -> new StageSpec(s.type(), s.repeats(), integer(text, "kernel"), s.stride(), s.expandRatio(),
                    s.outChannels(), s.seRatio(), s.activation());
            case STRIDE -> new StageSpec(s.type(), s.repeats(), s.kernel(), integer(text, "stride"), s.expandRatio(),
                    s.outChannels(), s.seRatio(), s.activation());
            case EXPANSION -> new StageSpec(s.type(), s.repeats(), s.kernel(), s.stride(),
                    decimal(text, "expandRatio", 1), s.outChannels(), s.seRatio(), s.activation());
            case SE -> new StageSpec(s.type(), s.repeats(), s.kernel(), s.stride(), s.expandRatio(), s.outChannels(),
                    decimal(text, "seRatio", 0), s.activation());
            case CHANNELS -> new StageSpec(s.type(), s.repeats(), s.kernel(), s.stride(), s.expandRatio(),
                    integer(text, "outChannels"), s.seRatio(), s.activation());
            case REPEATS -> new StageSpec(s.type(), integer(text, "repeats"), s.kernel(), s.stride(), s.expandRatio(),
                    s.outChannels(), s.seRatio(), s.activation());
            case ACTIVATION -> new StageSpec(s.type(), s.repeats(), s.kernel(), s.stride(), s.expandRatio(),
                    s.outChannels(), s.seRatio(), Activation.parse(text, "activation"));
        };
    }

    private static BlockType blockType(String text) {
        for (BlockType t : BlockType.values()) {
            if (t.label().equalsIgnoreCase(text) || t.code().equalsIgnoreCase(text)
                    || t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        return BlockType.fromCode(text, "type");
    }

    private static int integer(String text, String field) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new SpecException(field, "'" + text + "' is not a whole number");
        }
    }

    /** A decimal; "–" or empty means {@code none} (1 for expansion, 0 for SE). */
    private static double decimal(String text, String field, double none) {
        String t = text.trim();
        if (t.isEmpty() || t.equals("–") || t.equals("-")) {
            return none;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new SpecException(field, "'" + text + "' is not a number");
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    public ObservableList<String> presets() {
        return presets;
    }

    /** The preset the baseline equals, or null once edited; setting it loads that preset. */
    public ObjectProperty<String> presetProperty() {
        return preset;
    }

    /** The baseline's stages as last validated (the table's rows). */
    public ObservableList<StageSpec> stages() {
        return stages;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** The selected stage's one-line notation, as typed; applied by {@link #commitNotation()}. */
    public StringProperty notationProperty() {
        return notation;
    }

    public StringProperty stemChannelsProperty() {
        return stemChannels;
    }

    public StringProperty stemStrideProperty() {
        return stemStride;
    }

    public StringProperty headChannelsProperty() {
        return headChannels;
    }

    /** Empty, or why the last edit was rejected (the SpecException's message). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Empty, or what was rejected: {@link #NOTATION}, a stem/head key or a {@link #cellTarget} key. */
    public ReadOnlyStringProperty invalidTargetProperty() {
        return invalidTarget.getReadOnlyProperty();
    }

    /** The rejected text, shown in place of the cell's value while it is flagged. */
    public ReadOnlyStringProperty invalidTextProperty() {
        return invalidText.getReadOnlyProperty();
    }

    /** One line about the current baseline. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
