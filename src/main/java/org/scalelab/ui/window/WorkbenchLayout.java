package org.scalelab.ui.window;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

/**
 * The workbench's arrangement: side panels left and right, and in the middle the charts over a tab pane (the
 * scaling figure, the variants, jobs, runs and curves). The charts get space first: the side panels keep their
 * width when the window changes size (the middle takes the change), and below {@value #FOLD_LEFT_BELOW} px of
 * window width the left panel folds to a strip (it unfolds again above, unless the user folded it). Either side
 * panel can be folded from its header or the View menu; nothing is lost, only moved out of the way.
 */
public final class WorkbenchLayout extends StackPane {
    public static final double FOLD_LEFT_BELOW = 1300;
    static final double LEFT_WIDTH = 330;
    static final double RIGHT_WIDTH = 315;
    /** The charts' share of the middle's height. */
    static final double CHARTS_SHARE = 0.55;

    private final SidePanel left;
    private final SidePanel right;
    private final SplitPane columns;
    private final SplitPane middle;
    private double leftPosition = Double.NaN;
    private double rightPosition = Double.NaN;
    private boolean sized;
    private boolean leftFoldedByWidth;

    public WorkbenchLayout(SidePanel left, Node charts, Node tabs, SidePanel right) {
        this.left = left;
        this.right = right;
        setId("workbenchLayout");
        middle = new SplitPane(charts, tabs);
        middle.setId("middleSplit");
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(CHARTS_SHARE);
        columns = new SplitPane(left, middle, right);
        columns.setId("columnSplit");
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        getChildren().add(columns);

        left.collapsedProperty().addListener((o, was, now) -> fold(left, 0, now));
        right.collapsedProperty().addListener((o, was, now) -> fold(right, 1, now));
        widthProperty().addListener(o -> fitWidth());
    }

    /** First size: side panels get their pixel widths; then the left one folds and unfolds with the width. */
    private void fitWidth() {
        double w = getWidth();
        if (w <= 0) {
            return;
        }
        if (!sized) {
            sized = true;
            columns.setDividerPositions(LEFT_WIDTH / w, 1 - RIGHT_WIDTH / w);
        }
        boolean narrow = w < FOLD_LEFT_BELOW;
        if (narrow && !left.collapsedProperty().get()) {
            left.collapsedProperty().set(true);
            leftFoldedByWidth = true;
        } else if (!narrow && leftFoldedByWidth) {
            left.collapsedProperty().set(false);
        }
    }

    private void fold(SidePanel panel, int divider, boolean folded) {
        double w = Math.max(1, getWidth());
        if (panel == left) {
            leftFoldedByWidth = false;
        }
        if (folded) {
            double position = columns.getDividerPositions()[divider];
            if (panel == left) {
                leftPosition = position;
            } else {
                rightPosition = position;
            }
            panel.setMinWidth(SidePanel.STRIP);
            panel.setMaxWidth(SidePanel.STRIP);
            columns.setDividerPosition(divider, panel == left ? SidePanel.STRIP / w : 1 - SidePanel.STRIP / w);
        } else {
            panel.setMinWidth(USE_COMPUTED_SIZE);
            panel.setMaxWidth(Double.MAX_VALUE);
            double remembered = panel == left ? leftPosition : rightPosition;
            double fallback = panel == left ? LEFT_WIDTH / w : 1 - RIGHT_WIDTH / w;
            double strip = SidePanel.STRIP / w * 1.5;
            boolean usable = !Double.isNaN(remembered) && remembered > strip && remembered < 1 - strip;
            columns.setDividerPosition(divider, usable ? remembered : fallback);
        }
    }

    /** What {@link #restore} puts back: which side panels are folded and where every divider stands. */
    public record State(boolean leftFolded, boolean rightFolded, double[] columns, double[] middle, double width) {
    }

    public State state() {
        return new State(left.collapsedProperty().get(), right.collapsedProperty().get(), columns.getDividerPositions(),
                middle.getDividerPositions(), getWidth());
    }

    /**
     * Puts a saved arrangement back: now, and once more when the window is back at the width it had (leaving full
     * screen resizes it a moment later on a real display).
     */
    public void restore(State s) {
        apply(s);
        if (getWidth() != s.width()) {
            javafx.beans.InvalidationListener again = new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    if (getWidth() == s.width()) {
                        widthProperty().removeListener(this);
                        apply(s);
                    }
                }
            };
            widthProperty().addListener(again);
        }
    }

    private void apply(State s) {
        left.collapsedProperty().set(s.leftFolded());
        right.collapsedProperty().set(s.rightFolded());
        leftFoldedByWidth = s.leftFolded() && s.width() < FOLD_LEFT_BELOW;
        columns.setDividerPositions(s.columns());
        middle.setDividerPositions(s.middle());
    }

    public SidePanel left() {
        return left;
    }

    public SidePanel right() {
        return right;
    }

    /** The divider positions of the columns and of the middle (tests compare them across lecture mode). */
    public double[][] dividerPositions() {
        return new double[][] {columns.getDividerPositions(), middle.getDividerPositions()};
    }
}
