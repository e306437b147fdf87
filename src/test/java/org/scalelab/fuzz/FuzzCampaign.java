package org.scalelab.fuzz;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The hostile-input campaign over the packaged jar ({@code bench/fuzz.sh} runs it): makes the cases, runs each as
 * its own {@code java -jar scalelab.jar ...} with a time limit, judges how it ended ({@link Verdict}) and prints the
 * counts per verdict and per kind. Exit code 0 when every case was refused in one line or answered sanely, 1 otherwise;
 * the cases that were not are listed with the command line that repeats them in {@code OUT/findings.txt}.
 *
 * <p>Arguments: {@code --jar FILE --out DIR [--cases N] [--jobs N] [--timeout SECONDS] [--seed S] [--range FROM:TO]}.
 */
public final class FuzzCampaign {

    private FuzzCampaign() {
    }

    record Outcome(FuzzCase c, Verdict.Judgement judgement, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Path jar = Path.of(o.getOrDefault("--jar", "target/scalelab.jar")).toAbsolutePath();
        Path out = Path.of(o.getOrDefault("--out", "target/fuzz")).toAbsolutePath();
        int total = Integer.parseInt(o.getOrDefault("--cases", "2100"));
        int jobs = Integer.parseInt(o.getOrDefault("--jobs", "2"));
        int timeout = Integer.parseInt(o.getOrDefault("--timeout", "30"));
        long seed = Long.parseLong(o.getOrDefault("--seed", "13"));
        if (!Files.isRegularFile(jar)) {
            System.err.println("fuzz: no jar at " + jar + "; build it with mvn -B -q package -DskipTests");
            System.exit(2);
        }
        if (Files.exists(out)) {
            HostileData.deleteTree(out);
        }
        long start = System.nanoTime();
        List<FuzzCase> cases = new CaseFactory(out.resolve("cases"), seed).make(total);
        if (o.containsKey("--range")) { // FROM:TO, 1-based and inclusive: one shard of the same cases, e.g. on two machines
            String[] r = o.get("--range").split(":");
            cases = cases.subList(Integer.parseInt(r[0]) - 1, Math.min(cases.size(), Integer.parseInt(r[1])));
        }
        System.out.printf(Locale.ROOT, "fuzz: %d cases (seed %d) made in %.0f s; running them %d at a time, %d s each at most%n",
                cases.size(), seed, (System.nanoTime() - start) / 1e9, jobs, timeout);
        Path archive = classArchive(jar, out);
        List<Outcome> outcomes = retryTimeouts(run(cases, jar, archive, jobs, timeout), jar, archive, timeout);
        report(outcomes, out, (System.nanoTime() - start) / 1e9, System.out);
        System.exit(outcomes.stream().allMatch(x -> x.judgement().verdict().good) ? 0 : 1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        return o;
    }

    /**
     * A class-data-sharing archive of the classes a typical case loads (JDK 17's dynamic AppCDS), made by one run that
     * reads a spec, the bundled data and a database: every case then starts about a quarter faster. Null if the JVM
     * cannot make one; the cases run without it then.
     */
    private static Path classArchive(Path jar, Path out) throws IOException, InterruptedException {
        Path archive = out.resolve("scalelab.jsa");
        Path spec = out.resolve("archive-spec.json");
        Files.writeString(spec, org.scalelab.domain.spec.NetworkSpecJson.write(org.scalelab.domain.preset.Presets.get("mini-effnet")));
        Process p = new ProcessBuilder(javaCommand(), "-XX:ArchiveClassesAtExit=" + archive, "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar.toString(), "check", "--spec", spec.toString(), "--data", "bundled",
                "--json").redirectErrorStream(true).redirectOutput(out.resolve("archive.log").toFile()).start();
        return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isRegularFile(archive) ? archive : null;
    }

    private static List<Outcome> run(List<FuzzCase> cases, Path jar, Path archive, int jobs, int timeout) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (FuzzCase c : cases) {
            futures.add(pool.submit(() -> runOne(c, jar, archive, timeout)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        int done = 0;
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get());
            if (++done % 100 == 0) {
                Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
                outcomes.forEach(x -> counts.merge(x.judgement().verdict(), 1L, Long::sum));
                System.out.printf(Locale.ROOT, "fuzz: %d/%d done: %s%n", done, cases.size(), counts);
            }
        }
        pool.shutdown();
        return outcomes;
    }

    /**
     * Runs the cases that reached the time limit again, one at a time: on a machine shared with other work a JVM can
     * take that long just to start. Only a case that times out again, alone, counts as a hang.
     */
    private static List<Outcome> retryTimeouts(List<Outcome> outcomes, Path jar, Path archive, int timeout)
            throws Exception {
        List<Outcome> result = new ArrayList<>();
        for (Outcome x : outcomes) {
            if (x.judgement().verdict() == Verdict.HANG) {
                System.out.println("fuzz: case " + x.c().number() + " reached the time limit; running it again alone");
                result.add(runOne(x.c(), jar, archive, timeout));
            } else {
                result.add(x);
            }
        }
        return result;
    }

    /**
     * One case in a fresh JVM, as a user runs the jar: no standard input, its own folder, and the environment a
     * training command would relaunch itself with, so that only the case's own JVM starts (a relaunch would
     * double the cost of every case that reaches the training commands).
     */
    static Outcome runOne(FuzzCase c, Path jar, Path archive, int timeout) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaCommand(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        }
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(c.args());
        Path stdout = c.dir().resolve("stdout.txt");
        Path stderr = c.dir().resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(c.dir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        long start = System.nanoTime();
        Process p = pb.start();
        Integer exit = null;
        if (p.waitFor(timeout, TimeUnit.SECONDS)) {
            exit = p.exitValue();
        } else {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        return new Outcome(c, Verdict.judge(c, exit, out, err), seconds);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void report(List<Outcome> outcomes, Path out, double seconds, PrintStream print) throws IOException {
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        Map<String, Map<Verdict, Integer>> byKind = new TreeMap<>();
        List<String> findings = new ArrayList<>();
        for (Outcome x : outcomes) {
            Verdict v = x.judgement().verdict();
            byVerdict.merge(v, 1, Integer::sum);
            byKind.computeIfAbsent(x.c().kind(), k -> new EnumMap<>(Verdict.class)).merge(v, 1, Integer::sum);
            if (!v.good) {
                findings.add(String.format(Locale.ROOT, "#%d %s [%s] %s%n  %s%n  %s%n", x.c().number(), v.label,
                        x.c().kind(), x.c().what(), x.c().commandLine(), x.judgement().detail()));
            }
        }
        Files.write(out.resolve("findings.txt"), findings, StandardCharsets.UTF_8);
        double slowest = outcomes.stream().mapToDouble(Outcome::seconds).max().orElse(0);
        print.printf(Locale.ROOT, "fuzz: %d cases in %.0f s (slowest case %.1f s)%n", outcomes.size(), seconds, slowest);
        for (Verdict v : Verdict.values()) {
            print.printf(Locale.ROOT, "  %-34s %5d%n", v.label, byVerdict.getOrDefault(v, 0));
        }
        print.println("  by kind (refused / sane / findings):");
        byKind.forEach((kind, counts) -> print.printf(Locale.ROOT, "    %-8s %5d %5d %5d%n", kind,
                counts.getOrDefault(Verdict.REFUSED_IN_ONE_LINE, 0), counts.getOrDefault(Verdict.SANE_ANSWER, 0),
                counts.entrySet().stream().filter(e -> !e.getKey().good).mapToInt(Map.Entry::getValue).sum()));
        int bad = findings.size();
        print.println(bad == 0 ? "fuzz: OK, no findings" : "fuzz: " + bad + " findings, listed in " + out.resolve("findings.txt"));
    }
}
