package org.scalelab.domain.search;

/**
 * How to search, apart from where: the halving budget, the ranking and the seeds per finalist.
 *
 * @param seeds how many seeds each finalist (a network in the last rung) trains with; 1 = no repeats. The
 *              finalists' ranking then uses the mean over the seeds.
 */
public record SearchSettings(HalvingSchedule schedule, Objective objective, int seeds) {
    public static final int MAX_SEEDS = 20;

    public SearchSettings {
        if (schedule == null || objective == null) {
            throw new IllegalArgumentException("a search needs a schedule and an objective");
        }
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds " + seeds + " must lie in 1.." + MAX_SEEDS);
        }
    }
}
