package org.scalelab.domain.study;

import java.util.List;

/**
 * How long a run takes, for a study's estimate: training one image costs {@code a + b·MACs} seconds (a fixed cost
 * per image for the framework's overhead, the rest proportional to the network's multiply-adds), testing one image
 * a third of that (a forward pass without the backward one), plus a fixed cost per run (preparing the data,
 * starting the job, checkpoints). Per job, with the sweep's parallel jobs running side by side.
 *
 * @param basis where the numbers come from, for people: "measured here" or "fitted to 24 runs in the database"
 */
public record TrainingSpeed(double secondsPerImage, double secondsPerImagePerMac, double secondsPerRun, String basis) {

    /**
     * A rough figure for two vCPUs of an AMD EPYC (AVX-512) with two 1-thread jobs side by side: the fixed part from
     * `simple-cnn`'s 885 images/s on an idle machine (one job on both cores, so about 2 ms per image per job), the
     * slope from how much slower the 3–6.5 M-MAC variants of the pilot trained than the 0.6 M baseline (about twice,
     * measured on a busy machine). A dry run uses the database's own finished runs instead when it has some.
     */
    public static final TrainingSpeed DEFAULT = new TrainingSpeed(2.0e-3, 4.5e-10, 5,
            "a rough default for 2 AVX-512 cores; train a few runs for an estimate from this machine");

    public TrainingSpeed {
        if (!(secondsPerImage >= 0) || !(secondsPerImagePerMac >= 0) || !(secondsPerRun >= 0)) {
            throw new IllegalArgumentException("training speed must not be negative");
        }
    }

    /** Seconds for one run: {@code images} trained (all epochs together) and {@code tested} evaluated. */
    public double runSeconds(long macs, long images, long tested) {
        double perImage = secondsPerImage + secondsPerImagePerMac * macs;
        return secondsPerRun + images * perImage + tested * perImage / 3;
    }

    /**
     * Least squares of seconds per trained image against MACs over finished runs ({@code {macs, seconds per image}}
     * pairs); at least three runs at two or more different MACs, else {@code fallback}. A negative slope or intercept
     * (noise) is clipped at zero by refitting without it.
     */
    public static TrainingSpeed fit(List<double[]> runs, TrainingSpeed fallback, String basis) {
        if (runs.size() < 3 || runs.stream().mapToDouble(r -> r[0]).distinct().count() < 2) {
            return fallback;
        }
        double n = runs.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] r : runs) {
            sx += r[0];
            sy += r[1];
            sxx += r[0] * r[0];
            sxy += r[0] * r[1];
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        if (slope < 0) {
            slope = 0;
            intercept = sy / n;
        } else if (intercept < 0) {
            intercept = 0;
            slope = sxy / sxx;
        }
        return new TrainingSpeed(intercept, slope, fallback.secondsPerRun(), basis);
    }
}
