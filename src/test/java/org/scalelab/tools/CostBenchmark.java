package org.scalelab.tools;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scalelab.domain.cost.CostModel;
import org.scalelab.domain.cost.NetworkCost;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.EfficientNetFamily;
import org.scalelab.domain.scaling.RoundingPolicy;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.domain.scaling.Variant;
import org.scalelab.domain.scaling.VariantFactory;
import org.scalelab.domain.spec.NetworkSpec;

/**
 * Analytic cost speed. Run: {@code mvn -q test-compile exec:exec@jmh} (see README, "Benchmarks").
 * The UI recomputes every rule's variants while φ is dragged, so one cost must take microseconds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CostBenchmark {
    private NetworkSpec b0;
    private NetworkSpec b7;

    @Setup
    public void setUp() {
        b0 = Presets.get("efficientnet-b0");
        b7 = EfficientNetFamily.B7.apply(b0, RoundingPolicy.EFFICIENTNET);
    }

    /** Lower B7 (55 MBConv blocks, about 700 layers) and add up its cost. */
    @Benchmark
    public NetworkCost costOfB7() {
        return CostModel.of(b7);
    }

    @Benchmark
    public NetworkCost costOfB0() {
        return CostModel.of(b0);
    }

    /** What one φ step of the slider costs: the compound variant and the three matched single-dimension ones, cold. */
    @Benchmark
    public Variant fourRulesAtOnePhiFromScratch() {
        VariantFactory f = new VariantFactory(b0, CompoundCoefficients.EFFICIENTNET, RoundingPolicy.EFFICIENTNET);
        f.variant(ScalingRule.WIDTH, 3.0);
        f.variant(ScalingRule.DEPTH, 3.0);
        return f.variant(ScalingRule.RESOLUTION, 3.0);
    }
}
