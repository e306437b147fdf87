package org.scalelab.domain.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The budget of successive halving (Jamieson &amp; Talwalkar 2016; the inner loop of Hyperband): every candidate
 * trains {@code minEpochs}; the best ⌈n/η⌉ train η times longer; and so on until {@code maxEpochs}.
 *
 * <p>A promoted candidate <b>retrains from scratch</b> with the rung's epochs: each rung is an ordinary,
 * cached run whose recipe has {@code epochs} = the rung's epochs. That is the simplest honest choice here: the
 * learning-rate schedule (cosine by default) depends on the total number of epochs, so a 3-epoch run is not
 * the first 3 epochs of a 9-epoch run, and a rung's accuracy is exactly what a user gets by training that
 * network for that many epochs. It costs the earlier rungs' epochs again (at η = 3 about a third more for
 * the survivors), and every rung's run stays in the database, so a repeated or resumed search trains nothing
 * twice.
 *
 * @param minEpochs epochs of the first rung, at least 1
 * @param eta       η &gt; 1: each rung keeps ⌈n/η⌉ of its n candidates and multiplies the epochs by η
 * @param maxEpochs epochs of the last rung; the last rung always trains this many
 */
public record HalvingSchedule(int minEpochs, double eta, int maxEpochs) {
    public static final int MAX_EPOCHS = 1000;
    /** 1 epoch for all, 3 for the best third, 9 for the best third of those. */
    public static final HalvingSchedule DEFAULT = new HalvingSchedule(1, 3, 9);

    public HalvingSchedule {
        if (minEpochs < 1) {
            throw new IllegalArgumentException("min epochs " + minEpochs + " must be at least 1");
        }
        if (maxEpochs < minEpochs || maxEpochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("max epochs " + maxEpochs + " must lie in " + minEpochs + ".." + MAX_EPOCHS
                    + " (at least the min epochs)");
        }
        if (!Double.isFinite(eta) || eta <= 1 || eta > 100) {
            throw new IllegalArgumentException("eta " + GridAxis.fmt(eta) + " must lie in (1, 100]");
        }
    }

    /** No halving: every candidate trains the full {@code epochs} in one rung. */
    public static HalvingSchedule full(int epochs) {
        return new HalvingSchedule(epochs, 3, epochs);
    }

    /** Whether this schedule has only one rung whatever the number of candidates. */
    public boolean isFull() {
        return minEpochs == maxEpochs;
    }

    /**
     * The rungs for {@code n} candidates. Rung k + 1 keeps ⌈n_k/η⌉ candidates and trains max(e_k + 1, round(e_k·η))
     * epochs, capped at {@code maxEpochs}; the rung that reaches {@code maxEpochs} is the last. A single
     * survivor goes straight to {@code maxEpochs} (nothing is left to compare), and a single candidate trains
     * {@code maxEpochs} at once.
     */
    public HalvingPlan plan(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("candidates " + n + " cannot be negative");
        }
        List<Rung> rungs = new ArrayList<>();
        int count = n;
        int epochs = n <= 1 ? maxEpochs : minEpochs;
        while (count > 0) {
            boolean last = epochs >= maxEpochs || count == 1;
            if (last) {
                rungs.add(new Rung(rungs.size(), count, maxEpochs, 0));
                break;
            }
            int next = keep(count);
            rungs.add(new Rung(rungs.size(), count, epochs, next));
            count = next;
            epochs = next == 1 ? maxEpochs : (int) Math.min(maxEpochs, Math.max(epochs + 1L, Math.round(epochs * eta)));
        }
        return new HalvingPlan(this, n, rungs);
    }

    /** ⌈n/η⌉: how many of n candidates a rung promotes. */
    public int keep(int n) {
        return (int) Math.ceil(n / eta - 1e-9);
    }

    /** {@code MIN,ETA,MAX}, e.g. {@code 1,3,9}. */
    public static HalvingSchedule parse(String text) {
        String[] parts = text.trim().split("[,:]", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + text + "' is not MIN-EPOCHS,ETA,MAX-EPOCHS (e.g. 1,3,9)");
        }
        try {
            return new HalvingSchedule(Integer.parseInt(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': min and max epochs must be whole numbers, eta a number");
        }
    }

    public String format() {
        return minEpochs + "," + GridAxis.fmt(eta) + "," + maxEpochs;
    }
}
