package org.scalelab.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.RoundingPolicy;

/**
 * The halving driver with a fake trainer whose accuracies are known: network i ends at 0.80 + 0.01·i and
 * loses 0.05/epochs on the way, except network 10, a slow starter (0.95 − 0.165/epochs) that the one-epoch
 * rung throws out although it is the best with the full budget.
 */
class SuccessiveHalvingTest {
    private static final SearchSpace SPACE = SearchSpace.enumerate(Presets.get("simple-cnn"), RoundingPolicy.EFFICIENTNET,
            CoefficientGrid.DEFAULT, CoefficientConstraint.DEFAULT);
    private static final double[] REPLICATE_NOISE = {0, 0.004, -0.004};

    static double accuracy(int network, int epochs) {
        return network == 10 ? 0.95 - 0.165 / epochs : 0.80 + 0.01 * network - 0.05 / epochs;
    }

    /** Trains nothing: looks the accuracy up, records what was asked, may fail one network or cancel. */
    static final class FakeEvaluator implements SearchEvaluator {
        final List<EvaluationRequest> requests = Collections.synchronizedList(new ArrayList<>());
        final Set<Integer> failing;
        final AtomicBoolean cancelAfterFirstCall;
        final AtomicBoolean cancelled = new AtomicBoolean();

        FakeEvaluator(Set<Integer> failing, boolean cancelAfterFirstCall) {
            this.failing = failing;
            this.cancelAfterFirstCall = new AtomicBoolean(cancelAfterFirstCall);
        }

        @Override
        public List<Evaluation> evaluate(List<EvaluationRequest> batch, Sink sink) {
            List<Evaluation> out = new ArrayList<>();
            for (EvaluationRequest r : batch) {
                requests.add(r);
                String id = "run-" + r.network().index() + "-" + r.epochs() + "-" + r.replicate();
                sink.queued(r, id);
                Evaluation e;
                if (failing.contains(r.network().index())) {
                    e = Evaluation.failed(r, id, "diverged");
                } else {
                    double acc = accuracy(r.network().index(), r.epochs()) + REPLICATE_NOISE[r.replicate()];
                    e = Evaluation.done(r, acc, acc - 0.01, false, id);
                }
                sink.finished(e);
                out.add(e);
            }
            if (cancelAfterFirstCall.getAndSet(false)) {
                cancelled.set(true);
            }
            return out;
        }
    }

    private static SearchResult run(SearchSettings settings, FakeEvaluator evaluator, List<SearchEvent> events)
            throws InterruptedException {
        return new SuccessiveHalving(SPACE, settings).run(evaluator, events::add, evaluator.cancelled::get);
    }

    private static SearchSettings settings(HalvingSchedule schedule, int seeds) {
        return new SearchSettings(schedule, Objective.accuracy(), seeds);
    }

    @Test
    void halvingFollowsThePlanAndPromotesTheBest() throws Exception {
        assertEquals(11, SPACE.networks().size());
        FakeEvaluator fake = new FakeEvaluator(Set.of(), false);
        List<SearchEvent> events = new ArrayList<>();
        SearchResult r = run(settings(HalvingSchedule.DEFAULT, 1), fake, events);

        // Rung 0: everyone at 1 epoch; rung 1: the best four (9, 8, 7, 6) at 3; rung 2: the best two at 9.
        List<SearchEvent.RungStarted> starts = events.stream().filter(e -> e instanceof SearchEvent.RungStarted)
                .map(e -> (SearchEvent.RungStarted) e).toList();
        assertEquals(3, starts.size());
        assertEquals(11, starts.get(0).networks().size());
        assertEquals(List.of(9, 8, 7, 6), starts.get(1).networks());
        assertEquals(List.of(9, 8), starts.get(2).networks());
        assertEquals(List.of(1, 3, 9), starts.stream().map(s -> s.rung().epochs()).toList());
        assertEquals(17, fake.requests.size());
        assertEquals(17, events.stream().filter(e -> e instanceof SearchEvent.Evaluated).count());
        assertEquals(17, events.stream().filter(e -> e instanceof SearchEvent.RunQueued).count());

        assertFalse(r.cancelled());
        assertEquals(9, r.winner().orElseThrow().network().index());
        assertEquals(List.of(9, 8, 7, 6, 5, 4, 10), r.ranking().subList(0, 7).stream().map(o -> o.network().index()).toList());
        CandidateOutcome winner = r.ranking().get(0);
        assertEquals(1, winner.rank());
        assertEquals(2, winner.stoppedAtRung());
        assertEquals(List.of(1, 3, 9), winner.rungs().stream().map(RungScore::epochs).toList());
        assertEquals(accuracy(9, 9), winner.score(), 1e-15);
        assertEquals(accuracy(9, 1), winner.accuracyAt(0), 1e-15);
        assertEquals(0, r.outcome(10).stoppedAtRung());
        assertEquals(17, r.runs());

        SearchEvent last = events.get(events.size() - 1);
        assertTrue(last instanceof SearchEvent.Completed);
        assertEquals(new SearchProgress(17, 17, 41, 41), last.progress());
        assertEquals(1.0, last.progress().fraction());
    }

    @Test
    void fullTrainingFindsTheSlowStarterAndTheComparisonSaysSo() throws Exception {
        SearchResult halving = run(settings(HalvingSchedule.DEFAULT, 1), new FakeEvaluator(Set.of(), false), new ArrayList<>());
        SearchResult full = run(settings(HalvingSchedule.full(9), 1), new FakeEvaluator(Set.of(), false), new ArrayList<>());
        assertEquals(10, full.winner().orElseThrow().network().index());
        assertEquals(11, full.runs());

        HalvingComparison c = HalvingComparison.of(halving, full);
        assertFalse(c.sameWinner());
        assertEquals(9, c.halvingWinner());
        assertEquals(10, c.fullWinner());
        assertEquals(2, c.halvingWinnerFullRank());
        assertEquals(0, c.fullWinnerStoppedAt());
        assertEquals(accuracy(10, 9) - accuracy(9, 9), c.scoreGap(), 1e-12);
        // First-rung ranks vs full ranks differ by 6 for network 10 and by 1 for networks 4..9:
        // ρ = 1 − 6·(36 + 6)/(11·(121 − 1)) = 0.80909…
        assertEquals(1 - 6.0 * 42 / (11 * 120), c.firstRungCorrelation(), 1e-12);
        assertEquals(41, c.halvingEpochs());
        assertEquals(99, c.fullEpochs());
        assertTrue(c.rankCorrelation() > 0.5 && c.rankCorrelation() < 1, "ρ " + c.rankCorrelation());
    }

    @Test
    void finalistsRepeatWithMoreSeedsAndReportTheSpread() throws Exception {
        FakeEvaluator fake = new FakeEvaluator(Set.of(), false);
        List<SearchEvent> events = new ArrayList<>();
        SearchResult r = run(settings(HalvingSchedule.DEFAULT, 3), fake, events);
        List<EvaluationRequest> repeats = fake.requests.stream().filter(q -> q.replicate() > 0).toList();
        assertEquals(4, repeats.size()); // two finalists × seeds 2 and 3
        assertTrue(repeats.stream().allMatch(q -> q.epochs() == 9 && q.rung() == 2));
        assertTrue(events.stream().anyMatch(e -> e instanceof SearchEvent.SeedsStarted s && s.seeds() == 3));
        CandidateOutcome w = r.winner().orElseThrow();
        assertEquals(9, w.network().index());
        assertEquals(3, w.accuracy().n());
        assertEquals(accuracy(9, 9), w.accuracy().mean(), 1e-12);
        assertEquals(0.004, w.accuracy().std(), 1e-12);
        assertEquals(3, w.testAccuracy().n());
        assertEquals(1, r.outcome(7).accuracy().n()); // not a finalist: one seed
        assertEquals(21, r.runs());
    }

    @Test
    void aFailedRunIsNeverPromotedAndRanksLast() throws Exception {
        SearchResult r = run(settings(HalvingSchedule.DEFAULT, 1), new FakeEvaluator(Set.of(9), false), new ArrayList<>());
        assertEquals(8, r.winner().orElseThrow().network().index());
        CandidateOutcome failed = r.ranking().get(r.ranking().size() - 1);
        assertEquals(9, failed.network().index());
        assertEquals("diverged", failed.failure());
        assertTrue(Double.isNaN(failed.score()));
        assertEquals(11, failed.rank());
    }

    @Test
    void cancellingStopsBetweenRungs() throws Exception {
        FakeEvaluator fake = new FakeEvaluator(Set.of(), true);
        List<SearchEvent> events = new ArrayList<>();
        SearchResult r = run(settings(HalvingSchedule.DEFAULT, 1), fake, events);
        assertTrue(r.cancelled());
        assertTrue(r.winner().isEmpty());
        assertEquals(11, fake.requests.size());
        assertTrue(r.ranking().stream().allMatch(o -> o.stoppedAtRung() == 0));
        assertEquals(9, r.ranking().get(0).network().index()); // the partial ranking is still useful
        assertTrue(events.get(events.size() - 1) instanceof SearchEvent.Completed);
    }

    @Test
    void mnasScoresUseEachNetworksMacs() throws Exception {
        Objective mnas = Objective.mnas(Objective.defaultTarget(SPACE.baselineCost().macs(), 2));
        SearchResult r = run(new SearchSettings(HalvingSchedule.full(3), mnas, 1), new FakeEvaluator(Set.of(), false),
                new ArrayList<>());
        for (CandidateOutcome o : r.ranking()) {
            int i = o.network().index();
            assertEquals(mnas.score(accuracy(i, 3), o.network().macs()), o.score(), 1e-15);
        }
        for (int k = 1; k < r.ranking().size(); k++) {
            assertTrue(r.ranking().get(k - 1).score() >= r.ranking().get(k).score());
        }
    }
}
