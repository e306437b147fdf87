package org.scalelab.ui.cost;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.cost.StageCost;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;

/**
 * State of the cost panel: a preset and φ in, the compound variant's cost out. Never touches controls;
 * the cost model takes microseconds, so recomputing on every change is fine on the FX thread.
 */
public final class CostViewModel {
    private final ObjectProperty<String> preset = new SimpleObjectProperty<>(this, "preset", "efficientnet-b0");
    private final DoubleProperty phi = new SimpleDoubleProperty(this, "phi", 0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper multipliers = new ReadOnlyStringWrapper(this, "multipliers");
    private final ObservableList<StageCost> rows = FXCollections.observableArrayList();
    private VariantFactory factory;

    public CostViewModel() {
        preset.addListener((obs, old, now) -> {
            factory = null;
            recompute();
        });
        phi.addListener((obs, old, now) -> recompute());
        recompute();
    }

    public List<String> presets() {
        return Presets.names();
    }

    public ObjectProperty<String> presetProperty() {
        return preset;
    }

    public DoubleProperty phiProperty() {
        return phi;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty multipliersProperty() {
        return multipliers.getReadOnlyProperty();
    }

    public ObservableList<StageCost> rows() {
        return rows;
    }

    private void recompute() {
        if (factory == null) {
            factory = new VariantFactory(Presets.get(preset.get()), CompoundCoefficients.EFFICIENTNET, RoundingPolicy.EFFICIENTNET);
        }
        Variant v = factory.variant(ScalingRule.COMPOUND, phi.get());
        NetworkCost c = v.cost();
        summary.set(String.format(Locale.ROOT, "%,d params   %.3f G MACs   %.2f M activations   %d px",
                c.params(), c.macs() / 1e9, c.activations() / 1e6, c.spec().input().resolution()));
        multipliers.set(String.format(Locale.ROOT, "φ = %.2f   d = %.3f   w = %.3f   r = %.3f   MACs × %.2f (rule predicts × %.2f)",
                phi.get(), v.multipliers().depth(), v.multipliers().width(), v.multipliers().resolution(),
                v.macsRelativeTo(factory.baseCost()), factory.coefficients().predictedFlopsMultiplier(phi.get())));
        rows.setAll(c.parts());
    }
}
