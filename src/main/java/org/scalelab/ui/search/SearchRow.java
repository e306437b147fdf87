package org.scalelab.ui.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.scalelab.domain.scaling.CompoundCoefficients;
import org.scalelab.domain.search.CandidateNetwork;
import org.scalelab.domain.stats.SeedStats;

/**
 * One distinct network of the search in the candidates table: its triple (and the other triples that round to it),
 * its φ = 1 cost, and, as the search goes, its accuracy in each rung, its score, where it stopped and its rank.
 * Changed by the ViewModel on the FX thread only.
 */
public final class SearchRow {
    private final CandidateNetwork network;
    private final ReadOnlyObjectWrapper<List<Double>> rungAccuracies;
    private final ReadOnlyObjectWrapper<SeedStats> finalAccuracy = new ReadOnlyObjectWrapper<>(this, "finalAccuracy");
    private final ReadOnlyDoubleWrapper score = new ReadOnlyDoubleWrapper(this, "score", Double.NaN);
    private final ReadOnlyDoubleWrapper testAccuracy = new ReadOnlyDoubleWrapper(this, "testAccuracy", Double.NaN);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper rank = new ReadOnlyIntegerWrapper(this, "rank", 0);
    private final ReadOnlyBooleanWrapper winner = new ReadOnlyBooleanWrapper(this, "winner", false);
    private final List<Double> seedAccuracies = new ArrayList<>();

    SearchRow(CandidateNetwork network, int rungs) {
        this.network = network;
        Double[] nan = new Double[rungs];
        Arrays.fill(nan, Double.NaN);
        rungAccuracies = new ReadOnlyObjectWrapper<>(this, "rungAccuracies", List.of(nan));
    }

    public CandidateNetwork network() {
        return network;
    }

    public int index() {
        return network.index();
    }

    /** The triple that stands for the network (its α·β²·γ² is closest to the target). */
    public CompoundCoefficients coefficients() {
        return network.representative();
    }

    /** The other triples that round to the same network, and so are not trained again. */
    public List<CompoundCoefficients> sameNetwork() {
        return network.coefficients().subList(1, network.coefficients().size());
    }

    public int resolution() {
        return network.spec().input().resolution();
    }

    public long params() {
        return network.params();
    }

    public long macs() {
        return network.macs();
    }

    /** Selection accuracy by rung (NaN where it did not train, or its run failed). */
    public ReadOnlyObjectProperty<List<Double>> rungAccuraciesProperty() {
        return rungAccuracies.getReadOnlyProperty();
    }

    public double accuracyAt(int rung) {
        List<Double> a = rungAccuracies.get();
        return rung < a.size() ? a.get(rung) : Double.NaN;
    }

    /** The last rung's selection accuracy over the finalist's seeds; null unless it has one. */
    public ReadOnlyObjectProperty<SeedStats> finalAccuracyProperty() {
        return finalAccuracy.getReadOnlyProperty();
    }

    /** The ranking objective of its final accuracy; NaN until the search ends. */
    public ReadOnlyDoubleProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty testAccuracyProperty() {
        return testAccuracy.getReadOnlyProperty();
    }

    /** Where it is or where it stopped, in words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 1 for the best; 0 until the search ends. */
    public ReadOnlyIntegerProperty rankProperty() {
        return rank.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty winnerProperty() {
        return winner.getReadOnlyProperty();
    }

    void accuracy(int rung, double value) {
        List<Double> a = new ArrayList<>(rungAccuracies.get());
        while (a.size() <= rung) {
            a.add(Double.NaN);
        }
        a.set(rung, value);
        rungAccuracies.set(Collections.unmodifiableList(a));
    }

    /** One more seed of the last rung (the first seed is the rung's own run). */
    void seed(double value) {
        seedAccuracies.add(value);
    }

    List<Double> seeds() {
        return List.copyOf(seedAccuracies);
    }

    void finalAccuracy(SeedStats stats) {
        finalAccuracy.set(stats);
    }

    void score(double value) {
        score.set(value);
    }

    void testAccuracy(double value) {
        testAccuracy.set(value);
    }

    void status(String text) {
        status.set(text);
    }

    void rank(int value) {
        rank.set(value);
    }

    void winner(boolean value) {
        winner.set(value);
    }
}
