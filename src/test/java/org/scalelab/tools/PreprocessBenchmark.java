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
import org.scalelab.training.data.FashionMnist;
import org.scalelab.training.data.ImageSet;
import org.scalelab.training.data.Preprocessor;
import org.scalelab.training.data.Tensor4;

/**
 * Data preparation speed: every variant of a sweep first resizes the whole training set to its resolution, so
 * this must stay well under a second for the bundled 12,000 images (target: < 1 s at 64 px on two cores).
 * Run: {@code mvn -q test-compile exec:exec@jmh -Djmh.args="PreprocessBenchmark"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreprocessBenchmark {
    private ImageSet train;
    private Preprocessor to64;

    @Setup
    public void setUp() {
        train = FashionMnist.bundled().train();
        to64 = Preprocessor.fit(train, 1, 64, 64);
    }

    /** 12,000 grey 28 px images resized bilinearly to 64 px and standardised. */
    @Benchmark
    public Tensor4 bundledTrainingSetTo64Pixels() {
        return to64.apply(train);
    }
}
