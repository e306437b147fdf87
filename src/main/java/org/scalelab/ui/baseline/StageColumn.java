package org.scalelab.ui.baseline;

/** The editable columns of the stage table, with the header a student reads. */
public enum StageColumn {
    TYPE("Block"),
    KERNEL("Kernel"),
    STRIDE("Stride"),
    EXPANSION("Expansion"),
    SE("SE ratio"),
    CHANNELS("Channels"),
    REPEATS("Repeats"),
    ACTIVATION("Activation");

    private final String header;

    StageColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }
}
