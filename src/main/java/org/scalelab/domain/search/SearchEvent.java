package org.scalelab.domain.search;

import java.util.List;

/** What a running search reports, as plain values. Delivered on the search's or the trainer's threads. */
public sealed interface SearchEvent {

    SearchProgress progress();

    /** A rung begins: these networks train for the rung's epochs. */
    record RungStarted(Rung rung, List<Integer> networks, SearchProgress progress) implements SearchEvent {
        public RungStarted {
            networks = List.copyOf(networks);
        }
    }

    /** A run of the search was queued (or found already done); its id links it to the trainer's own events. */
    record RunQueued(EvaluationRequest request, String runId, SearchProgress progress) implements SearchEvent {
    }

    /** One run ended; {@code score} is the objective (NaN unless it succeeded). */
    record Evaluated(Evaluation evaluation, double score, SearchProgress progress) implements SearchEvent {
    }

    /** A rung ended: these networks go on, best first; the others stop here. */
    record RungFinished(Rung rung, List<Integer> promoted, SearchProgress progress) implements SearchEvent {
        public RungFinished {
            promoted = List.copyOf(promoted);
        }
    }

    /** The finalists train again with more seeds, for error bars. */
    record SeedsStarted(List<Integer> networks, int seeds, SearchProgress progress) implements SearchEvent {
        public SeedsStarted {
            networks = List.copyOf(networks);
        }
    }

    /** The search ended (completely, or cancelled: see {@link SearchResult#cancelled()}). */
    record Completed(SearchResult result, SearchProgress progress) implements SearchEvent {
    }
}
