package org.scalelab.tools;

import java.util.List;
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
import org.scalelab.domain.scaling.Variant;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;
import org.scalelab.ui.charts.ChartsViewModel;
import org.scalelab.ui.concurrent.DirectExecutor;
import org.scalelab.ui.workbench.WorkbenchModel;

/**
 * What the FX thread pays when a run changes (an epoch ends, a run finishes): the charts' view model refills
 * every series of both charts and the frontier. Drawing is not included (that is JFreeChart's, once per change).
 * Target: well under a frame (16 ms). Run: {@code mvn -q test-compile exec:exec@jmh -Djmh.args="ChartRefreshBenchmark"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChartRefreshBenchmark {
    private WorkbenchModel model;
    private RunRecord running;
    private int n;

    @Setup
    public void setUp() {
        model = new WorkbenchModel(new DirectExecutor());
        new ChartsViewModel(model, new DirectExecutor());
        List<Variant> grid = model.gridProperty().get();
        for (int i = 0; i < grid.size(); i += 2) { // half the grid trained
            RunRequest q = model.requestFor(grid.get(i));
            model.runs().put(q.key(), new RunRecord(q.key(), q, RunStatus.DONE, List.of(),
                    new RunResult(0.8 + i / 1000.0, 10, 100, 1, "bench"), null, 0, 0));
        }
        RunRequest q = model.requestFor(grid.get(1));
        running = new RunRecord(q.key(), q, RunStatus.RUNNING, List.of(), null, null, 0, 0);
    }

    /** One run's record changes: every series of both charts is rewritten. */
    @Benchmark
    public int oneRunChanges() {
        n++;
        model.runs().put(running.id(), new RunRecord(running.id(), running.request(), RunStatus.RUNNING, List.of(),
                null, null, 0, n)); // a new record each time, as the service sends after every epoch
        return n;
    }
}
