package org.scalelab.domain.study;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The parts of the EfficientNet paper a study reproduces on local data. */
public enum StudyPart {
    /** Each dimension alone over its range (the paper's Figure 3). */
    FIGURE3("fig3", "Figure 3: scaling one dimension"),
    /** Width scaling from baselines of other depth and resolution (Figure 4). */
    FIGURE4("fig4", "Figure 4: width scaling at other depths and resolutions"),
    /** Compound against each single dimension at matched cost (Tables 3 and 7). */
    TABLE3("table3", "Table 3: compound against single dimensions at matched MACs");

    private final String id;
    private final String title;

    StudyPart(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static StudyPart parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (StudyPart p : values()) {
            if (p.id.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown part '" + text + "'; expected "
                + Arrays.stream(values()).map(StudyPart::id).collect(Collectors.joining(", ")));
    }
}
