package org.scalelab.ui.baseline;

/**
 * The editable columns of the stage table: the header a student reads, a short header that fits the narrow
 * editor (the one-line notation's letters), and what the column means.
 */
public enum StageColumn {
    TYPE("Block", "Block", "Block type: conv, MBConv, Fused-MBConv, ResNet basic or bottleneck"),
    KERNEL("Kernel", "k", "Kernel size (odd)"),
    STRIDE("Stride", "s", "Stride of the stage's first block"),
    EXPANSION("Expansion", "e", "Expansion ratio of MBConv blocks (bottleneck width for ResNet bottlenecks)"),
    SE("SE ratio", "SE", "Squeeze-excitation ratio, relative to the block input; – for none"),
    CHANNELS("Channels", "Ch.", "Output channels"),
    REPEATS("Repeats", "×", "How many times the block repeats in this stage"),
    ACTIVATION("Activation", "Act.", "Activation function");

    private final String header;
    private final String shortHeader;
    private final String meaning;

    StageColumn(String header, String shortHeader, String meaning) {
        this.header = header;
        this.shortHeader = shortHeader;
        this.meaning = meaning;
    }

    public String header() {
        return header;
    }

    public String shortHeader() {
        return shortHeader;
    }

    /** The header's tooltip: full name and meaning. */
    public String meaning() {
        return header + ": " + meaning;
    }
}
