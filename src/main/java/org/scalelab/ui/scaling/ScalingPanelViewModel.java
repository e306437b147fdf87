package org.scalelab.ui.scaling;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.EfficientNetFamily;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.format.Numbers;
import org.scalelab.ui.workbench.PhiGrid;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * The scaling panel's state without controls: α, β, γ as typed (applied to the model only when valid),
 * α·β²·γ² and its warning, φ, which rules are shown and selected, the EfficientNet family preset, and the
 * variant table's rows with the selected one. FX thread only.
 */
public final class ScalingPanelViewModel {
    /** How far α·β²·γ² may stray from 2 before the panel warns. */
    public static final double FLOPS_BASE_TOLERANCE = 0.25;
    /** The family presets offered (B8 needs a wider φ range than a lecture slider wants). */
    public static final List<EfficientNetFamily> FAMILY = List.of(EfficientNetFamily.B0, EfficientNetFamily.B1,
            EfficientNetFamily.B2, EfficientNetFamily.B3, EfficientNetFamily.B4, EfficientNetFamily.B5,
            EfficientNetFamily.B6, EfficientNetFamily.B7);

    private final WorkbenchModel model;
    private final DoubleProperty alpha = new SimpleDoubleProperty(this, "alpha");
    private final DoubleProperty beta = new SimpleDoubleProperty(this, "beta");
    private final DoubleProperty gamma = new SimpleDoubleProperty(this, "gamma");
    private final ReadOnlyStringWrapper flopsBaseText = new ReadOnlyStringWrapper(this, "flopsBaseText", "");
    private final ReadOnlyBooleanWrapper flopsBaseWarning = new ReadOnlyBooleanWrapper(this, "flopsBaseWarning");
    private final ReadOnlyStringWrapper coefficientsError = new ReadOnlyStringWrapper(this, "coefficientsError", "");
    private final ReadOnlyStringWrapper phiText = new ReadOnlyStringWrapper(this, "phiText", "");
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper(this, "selectedText", "");
    private final Map<ScalingRule, BooleanProperty> shown = new EnumMap<>(ScalingRule.class);
    private final ObjectProperty<EfficientNetFamily> family = new SimpleObjectProperty<>(this, "family");
    private final ObservableList<VariantRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<VariantRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private boolean syncing;

    public ScalingPanelViewModel(WorkbenchModel model) {
        this.model = model;
        loadCoefficients(model.coefficientsProperty().get());
        model.coefficientsProperty().addListener((o, was, now) -> loadCoefficients(now));
        alpha.addListener(o -> pushCoefficients());
        beta.addListener(o -> pushCoefficients());
        gamma.addListener(o -> pushCoefficients());
        for (ScalingRule r : ScalingRule.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, r.id(), model.rules().contains(r));
            p.addListener((o, was, now) -> showRule(r, now));
            shown.put(r, p);
        }
        model.rules().addListener((javafx.collections.ListChangeListener<ScalingRule>) c -> {
            for (ScalingRule r : ScalingRule.values()) {
                shown.get(r).set(model.rules().contains(r));
            }
        });
        model.phiProperty().addListener(o -> refreshPhi());
        model.gridProperty().addListener(o -> refreshRows());
        model.recipeProperty().addListener(o -> refreshRows());
        model.nativeResolutionProperty().addListener(o -> refreshRows());
        model.datasetProperty().addListener(o -> refreshAccuracies());
        model.seedsProperty().addListener(o -> refreshAccuracies());
        model.runs().addListener((javafx.collections.MapChangeListener<String, org.scalelab.training.RunRecord>) c ->
                refreshAccuracies());
        model.selectedRuleProperty().addListener(o -> refreshSelection());
        model.selectedProperty().addListener(o -> refreshSelection());
        refreshPhi();
        refreshRows();
    }

    private void loadCoefficients(CompoundCoefficients c) {
        syncing = true;
        alpha.set(c.alpha());
        beta.set(c.beta());
        gamma.set(c.gamma());
        syncing = false;
        refreshFlopsBase();
    }

    private void pushCoefficients() {
        refreshFlopsBase();
        if (syncing) {
            return;
        }
        try {
            CompoundCoefficients c = new CompoundCoefficients(alpha.get(), beta.get(), gamma.get());
            coefficientsError.set("");
            model.coefficientsProperty().set(c);
        } catch (IllegalArgumentException e) {
            coefficientsError.set(e.getMessage());
        }
    }

    private void refreshFlopsBase() {
        double v = flopsBase();
        boolean warn = Math.abs(v - 2) > FLOPS_BASE_TOLERANCE;
        flopsBaseWarning.set(warn);
        String text = String.format(Locale.ROOT, "α·β²·γ² = %.3f", v);
        flopsBaseText.set(warn
                ? text + String.format(Locale.ROOT, "  ⚠ far from 2: each +1 of φ multiplies FLOPs by about %.2f, not 2", v)
                : text + "  (≈ 2: FLOPs about double per +1 of φ)");
    }

    private void refreshPhi() {
        phiText.set(String.format(Locale.ROOT, "φ = %.2f", model.phiProperty().get()));
    }

    private void refreshRows() {
        int batch = model.recipeProperty().get().batchSize();
        rows.setAll(model.gridProperty().get().stream()
                .map(v -> VariantRow.of(v, batch, model.accuracyStats(v), model.isUpsampled(v))).toList());
        refreshSelection();
    }

    /**
     * A run finished (or the seeds changed): only rows whose accuracy text changed are replaced, so the table keeps
     * its scroll position during a sweep.
     */
    private void refreshAccuracies() {
        boolean selectedChanged = false;
        for (int i = 0; i < rows.size(); i++) {
            VariantRow row = rows.get(i);
            String text = VariantRow.accuracy(model.accuracyStats(row.variant()));
            if (!text.equals(row.accuracy())) {
                rows.set(i, row.withAccuracy(text));
                selectedChanged |= row == selectedRow.get();
            }
        }
        if (selectedChanged) {
            refreshSelection();
        }
    }

    private void refreshSelection() {
        ScalingRule rule = model.selectedRuleProperty().get();
        double phi = model.phiProperty().get();
        VariantRow match = null;
        for (VariantRow row : rows) {
            if (row.variant().rule() == rule && Math.abs(row.variant().phi() - phi) < 1e-9) {
                match = row;
                break;
            }
        }
        selectedRow.set(match);
        Variant v = model.selectedProperty().get();
        selectedText.set(v == null ? "" : String.format(Locale.ROOT,
                "Selected: %s at φ = %.2f · d %.2f, w %.2f, r %.2f · %d px · %s params · %s MACs",
                v.rule().label(), v.phi(), v.multipliers().depth(), v.multipliers().width(),
                v.multipliers().resolution(), v.spec().input().resolution(), Numbers.count(v.cost().params()),
                Numbers.count(v.cost().macs())));
    }

    private void showRule(ScalingRule r, boolean show) {
        List<ScalingRule> rules = model.rules();
        if (show && !rules.contains(r)) {
            int at = 0;
            for (ScalingRule other : ScalingRule.values()) {
                if (other == r) {
                    break;
                }
                if (rules.contains(other)) {
                    at++;
                }
            }
            rules.add(at, r);
        } else if (!show && rules.contains(r)) {
            rules.remove(r);
        }
    }

    /** α·β²·γ² of the coefficients as typed. */
    public double flopsBase() {
        return alpha.get() * beta.get() * beta.get() * gamma.get() * gamma.get();
    }

    /**
     * A key moved φ: to the next grid value in that direction (so a table row stays current), or with {@code free}
     * by {@value PhiGrid#FREE_STEP} to values between the grid's.
     */
    public void stepPhi(int direction, boolean free) {
        double phi = model.phiProperty().get();
        model.phiProperty().set(free ? PhiGrid.freeStep(phi, direction, model.phiMaxProperty().get())
                : PhiGrid.step(model.gridPhis(), phi, direction));
    }

    /** The slider moved to {@code value}: φ snaps to the nearest grid value, or takes it as it is when free. */
    public double slidePhi(double value, boolean free) {
        double phi = free ? Math.round(value * 100) / 100.0 : PhiGrid.nearest(model.gridPhis(), value);
        model.phiProperty().set(phi);
        return phi;
    }

    /** Selecting a row selects its rule and φ in the model. */
    public void select(VariantRow row) {
        if (row == null) {
            return;
        }
        model.selectedRuleProperty().set(row.variant().rule());
        model.phiProperty().set(row.variant().phi());
    }

    /**
     * Applies an EfficientNet family member as a preset: the paper's coefficients (α 1.2, β 1.1, γ 1.15), the
     * compound rule, and the φ whose multipliers come closest (least squares in log space) to the member's
     * published depth, width and resolution; φ's range widens when needed.
     */
    public void applyFamily(EfficientNetFamily member) {
        if (member == null) {
            return;
        }
        model.coefficientsProperty().set(CompoundCoefficients.EFFICIENTNET);
        double phi = familyPhi(member, CompoundCoefficients.EFFICIENTNET);
        if (model.phiMaxProperty().get() < phi) {
            model.phiMaxProperty().set(Math.ceil(phi));
        }
        shown.get(ScalingRule.COMPOUND).set(true);
        model.selectedRuleProperty().set(ScalingRule.COMPOUND);
        model.phiProperty().set(phi);
        family.set(member);
    }

    /** The φ (rounded to 0.05) that best reproduces a family member's multipliers with these coefficients. */
    public static double familyPhi(EfficientNetFamily member, CompoundCoefficients c) {
        double[] m = {member.depth(), member.width(), member.resolution() / (double) EfficientNetFamily.BASE_RESOLUTION};
        double[] k = {Math.log(c.alpha()), Math.log(c.beta()), Math.log(c.gamma())};
        double num = 0;
        double den = 0;
        for (int i = 0; i < 3; i++) {
            num += Math.log(m[i]) * k[i];
            den += k[i] * k[i];
        }
        double phi = den == 0 ? 0 : num / den;
        return Math.round(phi * 20) / 20.0;
    }

    public DoubleProperty alphaProperty() {
        return alpha;
    }

    public DoubleProperty betaProperty() {
        return beta;
    }

    public DoubleProperty gammaProperty() {
        return gamma;
    }

    /** "α·β²·γ² = 1.920 …" with a warning appended when it strays from 2. */
    public ReadOnlyStringProperty flopsBaseTextProperty() {
        return flopsBaseText.getReadOnlyProperty();
    }

    /** True when |α·β²·γ² − 2| exceeds {@link #FLOPS_BASE_TOLERANCE}. */
    public ReadOnlyBooleanProperty flopsBaseWarningProperty() {
        return flopsBaseWarning.getReadOnlyProperty();
    }

    /** Empty, or why the typed coefficients were not applied. */
    public ReadOnlyStringProperty coefficientsErrorProperty() {
        return coefficientsError.getReadOnlyProperty();
    }

    public DoubleProperty phiProperty() {
        return model.phiProperty();
    }

    public DoubleProperty phiMaxProperty() {
        return model.phiMaxProperty();
    }

    public ReadOnlyStringProperty phiTextProperty() {
        return phiText.getReadOnlyProperty();
    }

    /** Whether a rule's variants are computed and listed. */
    public BooleanProperty shownProperty(ScalingRule rule) {
        return shown.get(rule);
    }

    public ObjectProperty<ScalingRule> selectedRuleProperty() {
        return model.selectedRuleProperty();
    }

    /** The family member last applied (null until one is). */
    public ObjectProperty<EfficientNetFamily> familyProperty() {
        return family;
    }

    public ObservableList<VariantRow> rows() {
        return rows;
    }

    /** The row of the selected rule at the current φ, or null when φ lies between grid points. */
    public ReadOnlyObjectProperty<VariantRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** One line about the selected variant (also between grid points). */
    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }
}
