package org.scalelab.ui.scaling;

import java.util.List;
import java.util.function.Function;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** How wide a table column must be to show its widest value whole, in the variants table's font. FX thread. */
final class ColumnFit {
    /** The table's 13 px, bold as the current variant's row is (the widest a value is ever drawn). */
    private static final Font FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    /** Cell padding, column borders and the room a label keeps before it cuts its text short. */
    private static final double MARGIN = 18;

    private ColumnFit() {
    }

    static <R> double widest(List<R> rows, Function<R, String> value) {
        Text probe = new Text();
        probe.setFont(FONT);
        double widest = 0;
        for (R row : rows) {
            probe.setText(value.apply(row));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return rows.isEmpty() ? 0 : Math.ceil(widest + MARGIN);
    }
}
