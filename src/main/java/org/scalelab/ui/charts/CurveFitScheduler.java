package org.scalelab.ui.charts;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.scalelab.domain.scaling.ScalingRule;
import org.scalelab.ui.concurrent.BackgroundExecutor;
import org.scalelab.ui.concurrent.Latest;

/**
 * Runs the charts' curve fits in the background, one at a time. A request while one runs (a sweep's results, a
 * project's runs arriving one by one) is remembered; the running fit's answer is then dropped as outdated and one new
 * fit starts with the data as they are. {@link #off} outdates any fit under way ({@link Latest}), so an answer that
 * arrives after it is never applied. FX thread only.
 */
final class CurveFitScheduler {
    private final Latest<CurveFits.Result> fits;
    private final Consumer<CurveFits.Result> apply;
    private final Consumer<String> failed;
    /** A fit is under way; and the data changed since it started. */
    private boolean running;
    private boolean again;
    private final Supplier<Map<ScalingRule, List<CurveFits.Measured>>> input;

    /**
     * @param input  the measurements to fit, per rule, read on the FX thread when a fit starts
     * @param apply  takes each fit that is still current
     * @param failed takes the reason when a fit throws
     */
    CurveFitScheduler(BackgroundExecutor executor, Supplier<Map<ScalingRule, List<CurveFits.Measured>>> input,
                      Consumer<CurveFits.Result> apply, Consumer<String> failed) {
        this.fits = new Latest<>(executor);
        this.input = input;
        this.apply = apply;
        this.failed = failed;
    }

    /** Asks for a fit of the measurements as they are now; a fit under way is outdated by it. */
    void request() {
        if (running) {
            again = true;
            return;
        }
        start();
    }

    /** Fits are off: whatever runs is dropped, and nothing is fitted until the next request. */
    void off() {
        if (running || again) {
            running = false;
            again = false;
            fits.drop();
        }
    }

    private void start() {
        Map<ScalingRule, List<CurveFits.Measured>> measured = input.get();
        running = true;
        fits.submit(() -> CurveFits.compute(measured), result -> {
            running = false;
            if (again) {
                again = false;
                start();
            } else {
                apply.accept(result);
            }
        }, e -> {
            running = false;
            again = false;
            failed.accept("cannot fit the curves: " + e.getMessage());
        });
    }
}
