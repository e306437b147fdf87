package org.scalelab.ui.search;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One line of the halving plan: a rung (or the finalists' extra seeds) with its networks, epochs and cost, and
 * its progress while the search runs. Changed by the ViewModel on the FX thread only.
 *
 * @see org.scalelab.domain.search.Rung
 */
public final class RungRow {
    private final String label;
    private final int networks;
    private final int epochs;
    private final long epochCost;
    private final String next;
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(this, "done", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "planned");

    /**
     * @param label     "1", "2", … or "seeds"
     * @param networks  networks trained (planned)
     * @param epochs    epochs each
     * @param epochCost epochs in all
     * @param next      what follows: how many go on, or that the last rung picks the winner
     */
    RungRow(String label, int networks, int epochs, long epochCost, String next) {
        this.label = label;
        this.networks = networks;
        this.epochs = epochs;
        this.epochCost = epochCost;
        this.next = next;
    }

    public String label() {
        return label;
    }

    public int networks() {
        return networks;
    }

    public int epochs() {
        return epochs;
    }

    public long epochCost() {
        return epochCost;
    }

    public String next() {
        return next;
    }

    /** Runs of this line that have ended. */
    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void done(int n) {
        done.set(n);
    }

    void status(String text) {
        status.set(text);
    }
}
