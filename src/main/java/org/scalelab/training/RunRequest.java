package org.scalelab.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.NetworkSpecJson;

/**
 * What to train: a scaled spec, where it came from (baseline, rule, φ, multipliers: for tables and charts),
 * the dataset and the recipe. Its {@link #key()} depends only on what changes the result.
 *
 * @param baseline the baseline's name, e.g. {@code mini-effnet}
 * @param rule     the scaling rule's id, or {@code "baseline"}/{@code "custom"}
 * @param phi      φ the variant stands for; NaN when none
 * @param dataset  a stable dataset id, e.g. {@code fashion-mnist-bundled}
 */
public record RunRequest(String baseline, String rule, double phi, Multipliers multipliers, NetworkSpec spec,
                         String dataset, Recipe recipe) {

    /**
     * Bumped whenever the network builder, initialisation or trainer changes what a run computes, so results
     * stored by an older ScaleLab are trained again instead of being reused. 2: BN with its activation split
     * into BN + activation, depthwise He init with fan-in k·k, BN decay 0.9. 3: inputs below the data's native
     * size are downsampled with antialiasing (a stretched triangle filter) instead of two-pixel bilinear sampling.
     */
    public static final int TRAINING_CODE_VERSION = 3;

    public RunRequest {
        if (baseline == null || rule == null || multipliers == null || spec == null || dataset == null || recipe == null) {
            throw new IllegalArgumentException("a run request needs baseline, rule, multipliers, spec, dataset and recipe");
        }
    }

    /** Every recipe field, doubles as their exact bits, so the key never depends on how a JDK prints numbers. */
    static String canonical(Recipe r) {
        return String.join(",", Integer.toString(r.epochs()), Integer.toString(r.batchSize()), r.optimizer().name(),
                bits(r.learningRate()), r.schedule().name(), bits(r.weightDecay()), Long.toString(r.seed()),
                Integer.toString(r.trainSize()), bits(r.validationFraction()));
    }

    private static String bits(double d) {
        return Long.toHexString(Double.doubleToLongBits(d));
    }

    /**
     * The run's identity: SHA-256 over the spec's structure (its name and description do not count), the
     * dataset, the recipe (seed included) and {@link #TRAINING_CODE_VERSION}, as 24 hex digits.
     */
    public String key() {
        ObjectNode spec = NetworkSpecJson.toTree(this.spec);
        spec.remove("name");
        spec.remove("description");
        String canonical = spec + "|" + dataset + "|" + canonical(recipe) + "|v" + TRAINING_CODE_VERSION;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
