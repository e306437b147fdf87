package org.scalelab.ui.window;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A side panel of the workbench that folds away to a narrow strip (its title, turned on its side), giving its
 * width to the charts; a click on the strip or on the header's button unfolds it again.
 */
public final class SidePanel extends BorderPane {
    /** Width of the folded strip. */
    public static final double STRIP = 30;

    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed", false);
    private final BorderPane expanded = new BorderPane();
    private final Button strip;

    /** @param left whether the panel sits at the window's left edge (its arrows point that way) */
    public SidePanel(String id, String title, Node content, boolean left) {
        setId(id);
        getStyleClass().add("side-panel");

        Label heading = new Label(title);
        heading.getStyleClass().add("side-panel-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Button fold = new Button(left ? "«" : "»");
        fold.setId(id + "Fold");
        fold.getStyleClass().add("fold-button");
        fold.setTooltip(new Tooltip("Fold this panel away to give the charts its width"));
        fold.setOnAction(e -> collapsed.set(true));
        fold.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(6, heading, grow, fold);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("side-panel-header");
        header.setPadding(new Insets(3, 4, 3, 8));
        expanded.setTop(header);
        expanded.setCenter(content);

        Label turned = new Label((left ? "» " : "« ") + title);
        turned.setRotate(90);
        turned.setMinWidth(Region.USE_PREF_SIZE);
        strip = new Button(null, new Group(turned));
        strip.setId(id + "Unfold");
        strip.getStyleClass().add("side-panel-strip");
        strip.setTooltip(new Tooltip("Show " + title));
        strip.setOnAction(e -> collapsed.set(false));
        strip.setMaxHeight(Double.MAX_VALUE);
        strip.setPrefWidth(STRIP);
        strip.setMinWidth(STRIP);
        VBox stripBox = new VBox(strip);
        VBox.setVgrow(strip, Priority.ALWAYS);

        setCenter(expanded);
        collapsed.addListener((o, was, now) -> setCenter(now ? stripBox : expanded));
    }

    /** Folded to a strip. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }
}
