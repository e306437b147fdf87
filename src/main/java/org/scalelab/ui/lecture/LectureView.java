package org.scalelab.ui.lecture;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scalelab.ui.charts.RulePalette;

/**
 * Lecture mode's own layout: a large readout of the selected variant along the top (φ, rule, d, w, r, input size,
 * MACs, params, accuracy ± std; with C, every rule at the current cost), the charts and the scaling figure filling
 * the rest side by side (stacked on a squarer screen), and the keys in a line of their own at the bottom right,
 * never over the data. The editor, tables and jobs stay in the workbench.
 */
public final class LectureView extends BorderPane {
    static final String HINTS = "← → φ along the grid · Shift+← → values in between · C compare the rules at this "
            + "cost · Esc or F11 back to the workbench";
    private static final String STYLESHEET = LectureView.class.getResource("lecture.css").toExternalForm();

    public LectureView(LectureReadoutViewModel readout, Node charts, Node figure, MenuBar menu) {
        setId("lectureView");
        getStyleClass().add("lecture-view");
        getStylesheets().add(STYLESHEET);

        Label phi = bound("lecturePhi", "readout-phi", readout.phiProperty());
        Label variant = bound("lectureVariant", "readout-variant", readout.variantProperty());
        Label cost = bound("lectureCost", "readout-detail", readout.costProperty());
        Label accuracy = bound("lectureAccuracy", "readout-accuracy", readout.accuracyProperty());
        HBox details = new HBox(28, cost, accuracy);
        details.setAlignment(Pos.BASELINE_LEFT);
        VBox words = new VBox(2, variant, details);
        HBox line = new HBox(28, phi, words);
        line.setAlignment(Pos.CENTER_LEFT);

        GridPane comparison = new GridPane();
        comparison.setId("lectureComparison");
        comparison.getStyleClass().add("readout-comparison");
        comparison.setHgap(28);
        comparison.setVgap(2);
        comparison.visibleProperty().bind(readout.compareProperty());
        comparison.managedProperty().bind(comparison.visibleProperty());
        readout.rows().addListener((ListChangeListener<LectureReadoutViewModel.Row>) c -> fill(comparison, readout));

        VBox top = new VBox(6, line, comparison);
        top.getStyleClass().add("readout");
        top.setPadding(new Insets(8, 20, 10, 20));

        Label hints = new Label(HINTS);
        hints.setId("lectureHints");
        hints.getStyleClass().add("lecture-hints");
        hints.setWrapText(true);
        hints.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox foot = new HBox(grow, hints);
        foot.setAlignment(Pos.CENTER_RIGHT);
        foot.setPadding(new Insets(2, 16, 4, 16));

        setTop(new VBox(menu, top));
        setCenter(new SideBySide(charts, figure));
        setBottom(foot);
    }

    private static void fill(GridPane grid, LectureReadoutViewModel readout) {
        grid.getChildren().clear();
        int r = 0;
        for (LectureReadoutViewModel.Row row : readout.rows()) {
            Label name = new Label(row.name());
            name.setStyle("-fx-text-fill: " + RulePalette.hex(row.rule()) + ";");
            name.getStyleClass().add("comparison-rule");
            grid.addRow(r++, name, new Label(row.settings()), new Label(row.macs()), new Label(row.accuracy()));
        }
        grid.getChildren().forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
    }

    private static Label bound(String id, String style, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * Two panels sharing the space: side by side on a wide screen (the first one, the charts, a little wider),
     * one over the other on a squarer one.
     */
    static final class SideBySide extends Pane {
        static final double WIDE = 1.45;
        static final double FIRST_SHARE = 0.5;

        SideBySide(Node first, Node second) {
            getChildren().addAll(first, second);
        }

        boolean wide() {
            return getHeight() > 0 && getWidth() / getHeight() >= WIDE;
        }

        @Override
        protected void layoutChildren() {
            Node a = getChildren().get(0);
            Node b = getChildren().get(1);
            double w = getWidth();
            double h = getHeight();
            if (wide()) {
                double aw = Math.round(w * FIRST_SHARE);
                a.resizeRelocate(0, 0, aw, h);
                b.resizeRelocate(aw, 0, w - aw, h);
            } else {
                double ah = Math.round(h * FIRST_SHARE);
                a.resizeRelocate(0, 0, w, ah);
                b.resizeRelocate(0, ah, w, h - ah);
            }
        }
    }
}
