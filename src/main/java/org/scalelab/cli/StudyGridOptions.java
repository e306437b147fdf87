package org.scalelab.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scalelab.domain.study.StudyGrid;
import org.scalelab.domain.study.StudyPart;
import picocli.CommandLine.Option;

/** The study's grids; every option left out keeps {@link StudyGrid#DEFAULT}'s. */
final class StudyGridOptions {

    @Option(names = "--parts", paramLabel = "LIST", split = ",", description = "Parts among fig3, fig4, table3. Default: all.")
    List<String> parts;

    @Option(names = "--widths", paramLabel = "LIST", split = ",",
            description = "Figure 3 width multipliers. Default: 1,1.5,2,3,4.")
    List<Double> widths;

    @Option(names = "--depths", paramLabel = "LIST", split = ",",
            description = "Figure 3 depth multipliers. Default: 1,2,3,4,6.")
    List<Double> depths;

    @Option(names = "--resolutions", paramLabel = "LIST", split = ",",
            description = "Figure 3 resolution multipliers. Default: every resolution step up to the data's native one.")
    List<Double> resolutions;

    @Option(names = "--fig4-bases", paramLabel = "D:R,...", split = ",",
            description = "Figure 4 baselines as depth:resolution. Default: 1:1,2:1,1:1.3,2:1.3.")
    List<String> fig4Bases;

    @Option(names = "--fig4-widths", paramLabel = "LIST", split = ",",
            description = "Figure 4 width multipliers. Default: 1,1.5,2,2.5.")
    List<Double> fig4Widths;

    @Option(names = "--phi", paramLabel = "FROM:TO:STEP", description = "Table 3's φ values. Default: 0:3:1.")
    String phi;

    StudyGrid grid() {
        StudyGrid d = StudyGrid.DEFAULT;
        Set<StudyPart> partSet = EnumSet.noneOf(StudyPart.class);
        if (parts == null) {
            partSet.addAll(d.parts());
        } else {
            for (String p : parts) {
                try {
                    partSet.add(StudyPart.parse(p));
                } catch (IllegalArgumentException e) {
                    throw new UserError("--parts: " + e.getMessage());
                }
            }
        }
        List<StudyGrid.Base> bases = d.fig4Bases();
        if (fig4Bases != null) {
            bases = new ArrayList<>();
            for (String b : fig4Bases) {
                bases.add(base(b));
            }
        }
        try {
            return new StudyGrid(or(widths, d.widths()), or(depths, d.depths()), or(resolutions, d.resolutions()), bases,
                    or(fig4Widths, d.fig4Widths()), phi == null ? d.phis() : PhiRange.parse(phi), partSet);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static StudyGrid.Base base(String text) {
        String[] dr = text.strip().split(":");
        try {
            if (dr.length != 2) {
                throw new NumberFormatException();
            }
            return new StudyGrid.Base(Double.parseDouble(dr[0]), Double.parseDouble(dr[1]));
        } catch (NumberFormatException e) {
            throw new UserError("--fig4-bases: '" + text + "' is not DEPTH:RESOLUTION, e.g. 2:1.3");
        } catch (IllegalArgumentException e) {
            throw new UserError("--fig4-bases: " + e.getMessage());
        }
    }

    private static <T> List<T> or(List<T> value, List<T> fallback) {
        return value != null ? value : fallback;
    }
}
