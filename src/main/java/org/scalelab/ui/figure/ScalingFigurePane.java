package org.scalelab.ui.figure;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The scaling figure with its heading (what the columns have in common), the choice between equal MACs and the
 * same φ, and a one-line key. Binds to a {@link ScalingFigureViewModel}.
 */
public final class ScalingFigurePane extends BorderPane {
    static final String KEY = "Bar: one layer, width ∝ channels · 2×32: 2 blocks of 32 channels · square: the input "
            + "image, side ∝ pixels · coloured: changed from the baseline";

    private final ScalingFigureView view;

    public ScalingFigurePane(ScalingFigureViewModel vm) {
        setId("scalingFigurePane");
        getStyleClass().add("scaling-figure-pane");
        view = new ScalingFigureView(vm);
        view.setId("scalingFigure");

        Label heading = new Label();
        heading.setId("figureHeading");
        heading.getStyleClass().add("figure-heading");
        heading.textProperty().bind(vm.headingProperty());
        heading.setWrapText(true);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);

        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox();
        choices.getStyleClass().add("segmented");
        for (ScalingFigureViewModel.Comparison c : ScalingFigureViewModel.Comparison.values()) {
            ToggleButton b = new ToggleButton(c.label());
            b.setId(c == ScalingFigureViewModel.Comparison.EQUAL_MACS ? "figureEqualMacs" : "figureSamePhi");
            b.setToggleGroup(group);
            b.setUserData(c);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setTooltip(new Tooltip(c == ScalingFigureViewModel.Comparison.EQUAL_MACS
                    ? "Width, depth and resolution alone, each grown until it costs about what the compound network costs"
                    : "Each dimension alone, grown by its share of compound scaling: w = β^φ, d = α^φ, r = γ^φ"));
            b.setSelected(vm.comparisonProperty().get() == c);
            choices.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                vm.comparisonProperty().set((ScalingFigureViewModel.Comparison) now.getUserData());
            }
        });
        vm.comparisonProperty().addListener((o, was, now) -> group.getToggles().forEach(t ->
                t.setSelected(t.getUserData() == now)));
        HBox top = new HBox(10, heading, choices);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 8, 4, 8));

        Label key = new Label(KEY);
        key.getStyleClass().add("figure-key");
        key.setWrapText(true);
        key.setMinWidth(0);
        key.setPadding(new Insets(2, 8, 4, 8));

        setTop(top);
        setCenter(view);
        setBottom(key);
    }

    public ScalingFigureView view() {
        return view;
    }
}
