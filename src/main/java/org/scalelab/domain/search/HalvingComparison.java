package org.scalelab.domain.search;

import org.scalelab.domain.stats.RankCorrelation;

/**
 * Successive halving against training every candidate fully, on the same search space: does halving find the
 * same winner, and how well do its rankings agree?
 *
 * @param halvingWinner        the network halving picked (index), -1 if none
 * @param fullWinner           the network full training picked, -1 if none
 * @param halvingWinnerFullRank where halving's winner ranks when every network trains fully (1 = same winner)
 * @param scoreGap             full-training score of the full winner minus that of halving's winner (≥ 0; what
 *                             halving gave up, in score units)
 * @param fullWinnerStoppedAt  the rung in which halving stopped the full winner (the last rung if it was a finalist)
 * @param rankCorrelation      Spearman ρ between halving's final ranking and full training's ranking
 * @param firstRungCorrelation Spearman ρ between the first rung's scores and the full-training scores: how well
 *                             the shortest budget predicts the final order
 * @param halvingEpochs        epochs halving trained (planned, all rungs)
 * @param fullEpochs           epochs full training trained
 */
public record HalvingComparison(int halvingWinner, int fullWinner, int halvingWinnerFullRank, double scoreGap,
                                int fullWinnerStoppedAt, double rankCorrelation, double firstRungCorrelation,
                                long halvingEpochs, long fullEpochs) {

    public boolean sameWinner() {
        return halvingWinner >= 0 && halvingWinner == fullWinner;
    }

    /** Compares two results over the same networks; {@code full} must have trained every network in one rung. */
    public static HalvingComparison of(SearchResult halving, SearchResult full) {
        int n = halving.space().networks().size();
        if (full.space().networks().size() != n) {
            throw new IllegalArgumentException("the two searches have different candidates (" + n + " and "
                    + full.space().networks().size() + ")");
        }
        int hw = halving.winner().map(o -> o.network().index()).orElse(-1);
        int fw = full.winner().map(o -> o.network().index()).orElse(-1);
        int hwRank = hw < 0 ? -1 : full.outcome(hw).rank();
        double gap = hw < 0 || fw < 0 ? Double.NaN : full.outcome(fw).score() - full.outcome(hw).score();
        int stopped = fw < 0 ? -1 : halving.outcome(fw).stoppedAtRung();
        double[] halvingRank = new double[n];
        double[] fullRank = new double[n];
        double[] firstRung = new double[n];
        double[] fullScore = new double[n];
        for (int i = 0; i < n; i++) {
            CandidateOutcome h = halving.outcome(i);
            CandidateOutcome f = full.outcome(i);
            halvingRank[i] = Double.isNaN(h.score()) ? Double.NaN : h.rank();
            fullRank[i] = Double.isNaN(f.score()) ? Double.NaN : f.rank();
            firstRung[i] = h.scoreAt(0);
            fullScore[i] = f.score();
        }
        return new HalvingComparison(hw, fw, hwRank, gap, stopped, RankCorrelation.spearman(halvingRank, fullRank),
                RankCorrelation.spearman(firstRung, fullScore), halving.plan().totalEpochs(), full.plan().totalEpochs());
    }
}
