package org.scalelab.ui.search;

/** The parts of the search form; each shows its own problems in place, under its inputs. */
public enum SearchGroup {
    ALPHA("α (depth)"),
    BETA("β (width)"),
    GAMMA("γ (resolution)"),
    /** The grid as a whole (too many points). */
    GRID("grid"),
    CONSTRAINT("constraint"),
    SCHEDULE("halving schedule"),
    RANKING("ranking"),
    SEEDS("seeds");

    private final String label;

    SearchGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
