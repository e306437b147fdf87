package org.scalelab.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The selection step of successive halving: the best {@code keep} networks by score. Ties are broken
 * deterministically: the cheaper network (fewer MACs) first, then the lower network index. A NaN score (a
 * failed run) ranks after every number and is never kept.
 */
public final class Selection {
    /** Best first: score descending (NaN last), then MACs ascending, then index ascending. */
    public static final Comparator<Scored> BEST_FIRST = Comparator
            .comparing((Scored s) -> Double.isNaN(s.score()))
            .thenComparing(Scored::score, Comparator.reverseOrder())
            .thenComparingLong(Scored::macs)
            .thenComparingInt(Scored::network);

    private Selection() {
    }

    /** The networks kept, best first. */
    public static List<Integer> top(List<Scored> scored, int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("keep " + keep + " cannot be negative");
        }
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(BEST_FIRST);
        List<Integer> out = new ArrayList<>(Math.min(keep, sorted.size()));
        for (Scored s : sorted) {
            if (out.size() == keep || Double.isNaN(s.score())) {
                break;
            }
            out.add(s.network());
        }
        return out;
    }
}
