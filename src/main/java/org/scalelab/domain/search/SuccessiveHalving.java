package org.scalelab.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.scalelab.domain.stats.SeedStats;

/**
 * Runs a coefficient search: rung by rung of the {@link HalvingPlan}, it asks a {@link SearchEvaluator} to train
 * the surviving networks, scores them with the {@link Objective}, keeps the best (see {@link Selection}) and,
 * after the last rung, repeats the finalists with further seeds if asked. Pure logic: the training itself is
 * the evaluator's business.
 */
public final class SuccessiveHalving {
    private final SearchSpace space;
    private final SearchSettings settings;
    private final HalvingPlan plan;

    public SuccessiveHalving(SearchSpace space, SearchSettings settings) {
        this.space = space;
        this.settings = settings;
        this.plan = settings.schedule().plan(space.networks().size());
    }

    public HalvingPlan plan() {
        return plan;
    }

    /** Runs planned, extra seeds included (assuming no run fails). */
    public int plannedRuns() {
        return plan.runs(settings.seeds());
    }

    public long plannedEpochs() {
        return plan.totalEpochs(settings.seeds());
    }

    /**
     * Runs the search to its end, or until {@code cancelled} turns true (checked between rungs; the evaluator
     * stops the runs in flight). Events go to {@code listener}.
     */
    public SearchResult run(SearchEvaluator evaluator, SearchListener listener, BooleanSupplier cancelled)
            throws InterruptedException {
        long start = System.nanoTime();
        int n = space.networks().size();
        List<List<Evaluation>> byNetwork = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byNetwork.add(new ArrayList<>());
        }
        AtomicInteger runsDone = new AtomicInteger();
        AtomicLong epochsDone = new AtomicLong();
        AtomicInteger cached = new AtomicInteger();
        int runs = 0;
        java.util.function.Supplier<SearchProgress> progress = () ->
                new SearchProgress(runsDone.get(), plannedRuns(), epochsDone.get(), plannedEpochs());
        SearchEvaluator.Sink sink = new SearchEvaluator.Sink() {
            @Override
            public void queued(EvaluationRequest request, String runId) {
                emit(listener, new SearchEvent.RunQueued(request, runId, progress.get()));
            }

            @Override
            public void finished(Evaluation e) {
                runsDone.incrementAndGet();
                epochsDone.addAndGet(e.request().epochs());
                if (e.cached()) {
                    cached.incrementAndGet();
                }
                emit(listener, new SearchEvent.Evaluated(e, settings.objective().score(e.accuracy(),
                        e.request().network().macs()), progress.get()));
            }
        };

        boolean stopped = false;
        List<Integer> survivors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            survivors.add(i);
        }
        for (Rung rung : plan.rungs()) {
            if (cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            emit(listener, new SearchEvent.RungStarted(rung, survivors, progress.get()));
            List<EvaluationRequest> requests = new ArrayList<>();
            for (int i : survivors) {
                requests.add(new EvaluationRequest(space.network(i), rung.index(), rung.epochs(), 0));
            }
            List<Evaluation> results = evaluator.evaluate(requests, sink);
            runs += results.size();
            results.forEach(e -> byNetwork.get(e.network()).add(e));
            if (cancelled.getAsBoolean() || results.stream().anyMatch(e -> e.status() == Evaluation.Status.CANCELLED)) {
                stopped = true;
                break;
            }
            if (rung.last()) {
                survivors = results.stream().filter(Evaluation::ok).map(Evaluation::network).toList();
                break;
            }
            List<Scored> scored = results.stream().map(e -> new Scored(e.network(),
                    settings.objective().score(e.accuracy(), e.request().network().macs()),
                    e.request().network().macs())).toList();
            survivors = Selection.top(scored, rung.promoted());
            emit(listener, new SearchEvent.RungFinished(rung, survivors, progress.get()));
            if (survivors.isEmpty()) {
                break; // every run of the rung failed
            }
        }
        if (!stopped && settings.seeds() > 1 && !survivors.isEmpty() && !cancelled.getAsBoolean()) {
            emit(listener, new SearchEvent.SeedsStarted(survivors, settings.seeds(), progress.get()));
            Rung last = plan.last();
            List<EvaluationRequest> requests = new ArrayList<>();
            for (int i : survivors) {
                for (int r = 1; r < settings.seeds(); r++) {
                    requests.add(new EvaluationRequest(space.network(i), last.index(), last.epochs(), r));
                }
            }
            List<Evaluation> results = evaluator.evaluate(requests, sink);
            runs += results.size();
            results.forEach(e -> byNetwork.get(e.network()).add(e));
            stopped = cancelled.getAsBoolean()
                    || results.stream().anyMatch(e -> e.status() == Evaluation.Status.CANCELLED);
        }
        SearchResult result = new SearchResult(space, plan, settings.objective(), settings.seeds(),
                rank(byNetwork), stopped, runs, cached.get(), (System.nanoTime() - start) / 1e9);
        emit(listener, new SearchEvent.Completed(result, progress.get()));
        return result;
    }

    /** Outcomes best first: later rung first, then score, MACs and index (see {@link SearchResult}). */
    private List<CandidateOutcome> rank(List<List<Evaluation>> byNetwork) {
        Objective objective = settings.objective();
        List<CandidateOutcome> unranked = new ArrayList<>();
        for (int i = 0; i < byNetwork.size(); i++) {
            CandidateNetwork net = space.network(i);
            List<Evaluation> evals = byNetwork.get(i);
            List<RungScore> rungs = new ArrayList<>();
            int stoppedAt = -1;
            for (Evaluation e : evals) {
                stoppedAt = Math.max(stoppedAt, e.request().rung());
                if (e.request().replicate() == 0) {
                    rungs.add(new RungScore(e.request().rung(), e.request().epochs(), e.accuracy(), e.testAccuracy(),
                            objective.score(e.accuracy(), net.macs()), e.runId(), e.cached()));
                }
            }
            rungs.sort(Comparator.comparingInt(RungScore::rung));
            int last = stoppedAt;
            List<Evaluation> lastRung = evals.stream().filter(e -> e.request().rung() == last).toList();
            double[] acc = lastRung.stream().filter(Evaluation::ok).mapToDouble(Evaluation::accuracy).toArray();
            double[] test = lastRung.stream().filter(Evaluation::ok).mapToDouble(Evaluation::testAccuracy)
                    .filter(Double::isFinite).toArray();
            SeedStats accStats = acc.length == 0 ? null : SeedStats.of(acc);
            SeedStats testStats = test.length == 0 ? null : SeedStats.of(test);
            double score = accStats == null ? Double.NaN : objective.score(accStats.mean(), net.macs());
            String failure = lastRung.stream().filter(e -> !e.ok()).map(Evaluation::failure).findFirst().orElse(null);
            unranked.add(new CandidateOutcome(net, rungs, stoppedAt, accStats, testStats, score, 0, failure));
        }
        Comparator<CandidateOutcome> order = Comparator
                .comparingInt((CandidateOutcome o) -> -o.stoppedAtRung())
                .thenComparing((a, b) -> Selection.BEST_FIRST.compare(
                        new Scored(a.network().index(), a.score(), a.network().macs()),
                        new Scored(b.network().index(), b.score(), b.network().macs())));
        // A network whose last run failed ranks after every network with a result, whatever its rung.
        order = Comparator.comparing((CandidateOutcome o) -> Double.isNaN(o.score())).thenComparing(order);
        unranked.sort(order);
        List<CandidateOutcome> ranked = new ArrayList<>(unranked.size());
        for (int k = 0; k < unranked.size(); k++) {
            CandidateOutcome o = unranked.get(k);
            ranked.add(new CandidateOutcome(o.network(), o.rungs(), o.stoppedAtRung(), o.accuracy(), o.testAccuracy(),
                    o.score(), k + 1, o.failure()));
        }
        return ranked;
    }

    private static void emit(SearchListener listener, SearchEvent e) {
        try {
            listener.onEvent(e);
        } catch (RuntimeException ignored) {
            // A faulty listener must not stop the search.
        }
    }
}
