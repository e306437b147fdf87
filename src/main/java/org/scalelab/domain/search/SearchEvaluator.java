package org.scalelab.domain.search;

import java.util.List;

/**
 * Trains what successive halving asks for. The training side implements it over the experiment service (cached,
 * resumable runs); tests implement it with known accuracies.
 */
public interface SearchEvaluator {

    /** Told as runs are queued and as each one ends, on whatever thread the trainer uses. */
    interface Sink {
        void queued(EvaluationRequest request, String runId);

        void finished(Evaluation evaluation);
    }

    /**
     * Trains every request (in any order, possibly in parallel), blocks until all have ended and returns one
     * evaluation per request, in the order of {@code requests}. A cancelled search returns cancelled evaluations.
     */
    List<Evaluation> evaluate(List<EvaluationRequest> requests, Sink sink) throws InterruptedException;
}
