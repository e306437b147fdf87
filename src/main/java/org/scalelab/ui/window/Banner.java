package org.scalelab.ui.window;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A problem shown across the top of the window in a sentence, until it is solved or dismissed with its × button;
 * the tooltip can carry the technical details. Hidden while its text is empty.
 */
public final class Banner extends HBox {

    /** @param dismiss clears the problem (null: only a newer state clears it) */
    public Banner(String id, ObservableValue<String> text, ObservableValue<String> detail, Runnable dismiss) {
        setId(id);
        getStyleClass().add("banner");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 6, 3, 8));
        Label message = new Label();
        message.getStyleClass().add("problem");
        message.textProperty().bind(text);
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        if (detail != null) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(detail);
            message.setTooltip(tip);
        }
        getChildren().add(message);
        if (dismiss != null) {
            Button close = new Button("×");
            close.setId(id + "Dismiss");
            close.getStyleClass().add("fold-button");
            close.setTooltip(new Tooltip("Dismiss"));
            close.setOnAction(e -> dismiss.run());
            getChildren().add(close);
        }
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> text.getValue() != null && !text.getValue().isEmpty(), text));
        managedProperty().bind(visibleProperty());
    }
}
