package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.scaling.NativeResolution;
import org.scalelab.domain.search.Candidate;
import org.scalelab.domain.search.CandidateNetwork;
import org.scalelab.domain.search.CandidateOutcome;
import org.scalelab.domain.search.HalvingComparison;
import org.scalelab.domain.search.HalvingPlan;
import org.scalelab.domain.search.Objective;
import org.scalelab.domain.search.Rung;
import org.scalelab.domain.search.RungScore;
import org.scalelab.domain.search.SearchResult;
import org.scalelab.domain.search.SearchSpace;
import org.scalelab.domain.stats.SeedStats;
import org.scalelab.format.Numbers;
import org.scalelab.format.SearchText;

/** Tables and JSON of a coefficient search: the candidates and schedule before training, the ranking after. */
final class SearchReport {
    private SearchReport() {
    }

    // ---- text ----------------------------------------------------------------------------------------------

    static void printSpace(PrintWriter out, SearchSpace s, String policy, NativeResolution data) {
        out.printf(Locale.ROOT, "%s: %s params, %s MACs @ %d px; grid %s (%d points), %s, policy %s%n",
                s.baseline().name(), Numbers.grouped(s.baselineCost().params()), Numbers.count(s.baselineCost().macs()),
                s.baseline().input().resolution(), s.grid().format(), s.gridPoints(), SearchText.constraint(s), policy);
        out.println(SearchText.rounding(s));
        out.printf("%-5s %6s %6s %6s %8s %5s %6s %12s %10s %7s %s%n", "net", "alpha", "beta", "gamma", "a·b²·g²",
                "res", "blocks", "params", "MACs", "x base", "same network");
        for (CandidateNetwork n : s.networks()) {
            String same = n.coefficients().stream().skip(1).map(SearchText::tuple).collect(Collectors.joining(", "));
            CompoundCoefficients r = n.representative();
            out.printf(Locale.ROOT, "%-5d %6s %6s %6s %8.3f %5s %6d %12s %10s %7.2f %s%n", n.index(), Numbers.coefficient(r.alpha()),
                    Numbers.coefficient(r.beta()), Numbers.coefficient(r.gamma()), r.flopsBase(), Upsampling.resolution(n.spec().input().resolution(), data),
                    n.spec().blockCount(), Numbers.grouped(n.params()), Numbers.count(n.macs()), n.macsMultiplier(), same);
        }
        Upsampling.footnote(resolutions(s), data).ifPresent(out::println);
    }

    static void printPlan(PrintWriter out, HalvingPlan plan, int seeds) {
        var s = plan.schedule();
        out.println("schedule: " + SearchText.schedule(s));
        out.printf("%-5s %9s %7s %9s %13s%n", "rung", "networks", "epochs", "promoted", "epochs in all");
        for (Rung r : plan.rungs()) {
            out.printf("%-5d %9d %7d %9s %13d%n", r.index(), r.candidates(), r.epochs(),
                    r.last() ? "-" : Integer.toString(r.promoted()), r.epochCost());
        }
        long extra = plan.totalEpochs(seeds) - plan.totalEpochs();
        out.printf("total %d epochs in %d runs%s; training every network fully: %d epochs%n",
                plan.totalEpochs(seeds), plan.runs(seeds),
                seeds > 1 ? " (with " + (seeds - 1) + " more seed(s) per finalist: " + extra + " epochs)" : "",
                plan.fullEpochs());
    }

    static void printRanking(PrintWriter out, SearchResult r, String scoreName, NativeResolution data) {
        HalvingPlan plan = r.plan();
        out.println(SearchText.ranking(r.objective(), scoreName) + (r.cancelled() ? " - CANCELLED, partial" : ""));
        StringBuilder head = new StringBuilder(String.format("%-4s %-4s %6s %6s %6s %5s %10s %6s", "rank", "net",
                "alpha", "beta", "gamma", "res", "MACs", "x base"));
        for (Rung g : plan.rungs()) {
            head.append(String.format(" %8s", "r" + g.index() + ":" + g.epochs() + "ep"));
        }
        head.append(String.format(" %8s %8s %13s", "score", "test", "seeds"));
        out.println(head);
        for (CandidateOutcome o : r.ranking()) {
            CandidateNetwork n = o.network();
            CompoundCoefficients c = n.representative();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4d %-4d %6s %6s %6s %5s %10s %6.2f",
                    o.rank(), n.index(), Numbers.coefficient(c.alpha()), Numbers.coefficient(c.beta()), Numbers.coefficient(c.gamma()),
                    Upsampling.resolution(n.spec().input().resolution(), data),
                    Numbers.count(n.macs()), n.macsMultiplier()));
            for (Rung g : plan.rungs()) {
                line.append(String.format(" %8s", Numbers.fraction(o.accuracyAt(g.index()))));
            }
            SeedStats a = o.accuracy();
            String spread = a == null || !a.hasSpread() ? "" : String.format(Locale.ROOT, "±%.4f (%d)", a.std(), a.n());
            line.append(String.format(" %8s %8s %13s", Numbers.fraction(o.score()),
                    Numbers.fraction(o.testAccuracy() == null ? Double.NaN : o.testAccuracy().mean()), spread));
            if (o.failure() != null) {
                line.append("  ").append(o.failure());
            }
            out.println(line);
        }
    }

    static void printWinner(PrintWriter out, SearchResult r, String arch) {
        r.winner().ifPresentOrElse(w -> {
            CompoundCoefficients c = w.coefficients();
            out.printf(Locale.ROOT, "winner: %s (α·β²·γ² = %.3f; real MACs %.2f× the baseline)%s%n", SearchText.triple(c),
                    c.flopsBase(), w.network().macsMultiplier(), w.network().duplicates() == 0 ? ""
                            : "; " + w.network().duplicates() + " more triple(s) give the same network at φ = 1");
            out.printf("  scale with it: scalelab sweep %s --alpha %s --beta %s --gamma %s --phi 0:3:1%n", arch,
                    Numbers.coefficient(c.alpha()), Numbers.coefficient(c.beta()), Numbers.coefficient(c.gamma()));
        }, () -> out.println("no winner: " + (r.cancelled() ? "the search was cancelled" : "no finalist has a result")));
        out.printf(Locale.ROOT, "%d runs (%d from the database), %.0f s%n", r.runs(), r.cachedRuns(), r.seconds());
    }

    static void printComparison(PrintWriter out, HalvingComparison c, SearchResult halving, SearchResult full) {
        out.println("halving against training every network fully:");
        out.printf("  winners: halving net %d, full training net %d: %s%n", c.halvingWinner(), c.fullWinner(),
                c.sameWinner() ? "the same" : "different; halving's winner ranks " + c.halvingWinnerFullRank()
                        + " with full training, " + Numbers.fraction(c.scoreGap()) + " below the best, which halving stopped in rung "
                        + c.fullWinnerStoppedAt());
        out.printf(Locale.ROOT, "  Spearman ρ: halving ranking vs full %.3f; first rung (%d epoch(s)) vs full %.3f%n",
                c.rankCorrelation(), halving.plan().rungs().get(0).epochs(), c.firstRungCorrelation());
        out.printf(Locale.ROOT, "  cost: halving %d epochs, %.0f s; full %d epochs, %.0f s (%d runs reused)%n",
                c.halvingEpochs(), halving.seconds(), c.fullEpochs(), full.seconds(), full.cachedRuns());
    }

    // ---- JSON ----------------------------------------------------------------------------------------------

    static ObjectNode space(SearchSpace s, String policy, NativeResolution data) {
        ObjectNode o = Json.object();
        ObjectNode base = o.putObject("baseline");
        Json.totals(base, s.baselineCost());
        o.put("grid", s.grid().format());
        o.put("grid_points", s.gridPoints());
        o.put("target", s.constraint().target());
        o.put("tolerance", s.constraint().tolerance());
        o.put("policy", policy);
        ArrayNode cands = o.putArray("candidates");
        for (Candidate c : s.candidates()) {
            ObjectNode j = cands.addObject();
            coefficients(j, c.coefficients());
            j.put("product", c.product());
            j.put("network", c.network());
            j.put("duplicate", c.duplicate());
        }
        ArrayNode nets = o.putArray("networks");
        for (CandidateNetwork n : s.networks()) {
            nets.add(network(n, data));
        }
        return o;
    }

    private static void coefficients(ObjectNode j, CompoundCoefficients c) {
        j.put("alpha", c.alpha());
        j.put("beta", c.beta());
        j.put("gamma", c.gamma());
    }

    /** One resolution per distinct network of the space. */
    static List<Integer> resolutions(SearchSpace s) {
        return s.networks().stream().map(n -> n.spec().input().resolution()).toList();
    }

    static ObjectNode network(CandidateNetwork n, NativeResolution data) {
        ObjectNode j = Json.object();
        j.put("network", n.index());
        coefficients(j, n.representative());
        j.put("product", n.representative().flopsBase());
        j.put("triples", n.coefficients().size());
        j.put("blocks", n.spec().blockCount());
        Json.totals(j, n.cost());
        j.put("macs_multiplier", n.macsMultiplier());
        Upsampling.put(j, n.spec().input().resolution(), data);
        return j;
    }

    static ObjectNode plan(HalvingPlan p, int seeds) {
        ObjectNode o = Json.object();
        o.put("min_epochs", p.schedule().minEpochs());
        o.put("eta", p.schedule().eta());
        o.put("max_epochs", p.schedule().maxEpochs());
        o.put("seeds", seeds);
        ArrayNode rungs = o.putArray("rungs");
        for (Rung r : p.rungs()) {
            ObjectNode j = rungs.addObject();
            j.put("rung", r.index());
            j.put("networks", r.candidates());
            j.put("epochs", r.epochs());
            j.put("promoted", r.promoted());
        }
        o.put("total_epochs", p.totalEpochs(seeds));
        o.put("full_epochs", p.fullEpochs());
        o.put("runs", p.runs(seeds));
        return o;
    }

    static ObjectNode objective(Objective obj, String score) {
        ObjectNode o = Json.object();
        o.put("rank", obj.kind().id());
        if (obj.kind() == Objective.Kind.MNAS) {
            o.put("weight", obj.weight());
            o.put("target_macs", obj.targetMacs());
        }
        o.put("score", score);
        return o;
    }

    static ObjectNode result(SearchResult r, NativeResolution data) {
        ObjectNode o = Json.object();
        ArrayNode ranking = o.putArray("ranking");
        for (CandidateOutcome c : r.ranking()) {
            ranking.add(outcome(c, data));
        }
        r.winner().ifPresentOrElse(w -> o.set("winner", outcome(w, data)), () -> o.putNull("winner"));
        o.put("cancelled", r.cancelled());
        o.put("runs", r.runs());
        o.put("cached_runs", r.cachedRuns());
        o.put("seconds", r.seconds());
        return o;
    }

    private static ObjectNode outcome(CandidateOutcome c, NativeResolution data) {
        ObjectNode j = network(c.network(), data);
        j.put("rank", c.rank());
        j.put("stopped_at_rung", c.stoppedAtRung());
        ArrayNode rungs = j.putArray("rungs");
        for (RungScore s : c.rungs()) {
            ObjectNode g = rungs.addObject();
            g.put("rung", s.rung());
            g.put("epochs", s.epochs());
            number(g, "accuracy", s.accuracy());
            number(g, "test_accuracy", s.testAccuracy());
            number(g, "score", s.score());
            g.put("run_id", s.runId());
            g.put("cached", s.cached());
        }
        stats(j, "accuracy", c.accuracy());
        stats(j, "test_accuracy", c.testAccuracy());
        number(j, "score", c.score());
        if (c.failure() != null) {
            j.put("failure", c.failure());
        }
        return j;
    }

    private static void stats(ObjectNode j, String key, SeedStats s) {
        if (s == null) {
            j.putNull(key);
            return;
        }
        ObjectNode o = j.putObject(key);
        o.put("n", s.n());
        o.put("mean", s.mean());
        number(o, "std", s.std());
        number(o, "standard_error", s.standardError());
        o.put("min", s.min());
        o.put("max", s.max());
    }

    static ObjectNode comparison(HalvingComparison c, SearchResult full, NativeResolution data) {
        ObjectNode o = Json.object();
        o.put("halving_winner", c.halvingWinner());
        o.put("full_winner", c.fullWinner());
        o.put("same_winner", c.sameWinner());
        o.put("halving_winner_full_rank", c.halvingWinnerFullRank());
        number(o, "score_gap", c.scoreGap());
        o.put("full_winner_stopped_at_rung", c.fullWinnerStoppedAt());
        number(o, "spearman_rankings", c.rankCorrelation());
        number(o, "spearman_first_rung", c.firstRungCorrelation());
        o.put("halving_epochs", c.halvingEpochs());
        o.put("full_epochs", c.fullEpochs());
        o.set("full", result(full, data));
        return o;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
