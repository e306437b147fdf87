package org.scalelab.training.device;

import java.util.Locale;
import java.util.Map;

/**
 * Where the user asked ScaleLab to train: {@code auto} takes a GPU when this build has ND4J's CUDA backend and it
 * starts, the CPU otherwise; {@code cpu} never tries the GPU; {@code gpu} insists and fails with the reason
 * instead of falling back. Given by {@code --device}, else {@code -Dscalelab.device}, else the environment
 * variable {@code SCALELAB_DEVICE}; {@code auto} when none is set.
 */
public enum DeviceMode {
    AUTO, CPU, GPU;

    public static final String PROPERTY = "scalelab.device";
    public static final String VARIABLE = "SCALELAB_DEVICE";

    public static DeviceMode parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (DeviceMode m : values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown device '" + text.trim() + "'; expected auto, cpu or gpu");
    }

    /** The mode the property or the environment asks for; AUTO when neither says. */
    public static DeviceMode configured() {
        return configured(System.getProperty(PROPERTY), System.getenv());
    }

    static DeviceMode configured(String property, Map<String, String> env) {
        if (property != null && !property.isBlank()) {
            return parse(property);
        }
        String v = env.get(VARIABLE);
        return v != null && !v.isBlank() ? parse(v) : AUTO;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
