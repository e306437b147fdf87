package org.scalelab.ui.window;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds what a window fails to show in full: a labelled control (label, button, check box, tab, table cell,
 * header…) whose text the skin had to cut (JavaFX puts the text it draws into a {@code LabeledText} child, with "…"
 * where it cut), and tool bars or tab headers that had to hide items behind an overflow button. Only what is shown
 * counts: invisible nodes, unselected tabs' content and rows outside a table's viewport are skipped. A text that is
 * meant to elide (a long file path) opts out with the style class {@value #MAY_ELIDE}, and must then carry its
 * whole text in a tooltip.
 */
public final class Truncations {
    public static final String MAY_ELIDE = "may-elide";

    private Truncations() {
    }

    /** One line per problem, naming the control, its text and what is shown; empty when everything fits. */
    public static List<String> find(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node node, List<String> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node.getStyleClass().contains("tool-bar-overflow-button") || node.getStyleClass().contains("control-buttons-tab")) {
            out.add(describe(node.getParent()) + ": items hidden behind an overflow button");
        }
        if (node instanceof Labeled l) {
            check(l, out);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    private static void check(Labeled l, List<String> out) {
        String full = l.getText();
        if (full == null || full.isBlank()) {
            return;
        }
        Bounds b = l.getLayoutBounds();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        Text shown = null;
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getClass().getSimpleName().equals("LabeledText")) {
                shown = t;
            }
        }
        if (shown == null) {
            return;
        }
        String text = l.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
        if (!normal(shown.getText()).equals(normal(text)) || !shown.isVisible() && !text.isEmpty()) {
            if (l.getStyleClass().contains(MAY_ELIDE)) {
                if (l.getTooltip() == null || !full.equals(l.getTooltip().getText())) {
                    out.add(describe(l) + ": elides \"" + full + "\" without the whole text in a tooltip");
                }
                return;
            }
            out.add(describe(l) + ": \"" + full + "\" shown as \"" + shown.getText() + "\"");
        }
    }

    /** Wrapped text may break lines where the original had spaces. */
    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    static String describe(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node p = n; p != null && path.length() < 200; p = p.getParent()) {
            if (p.getId() != null) {
                path.insert(0, "#" + p.getId() + " ");
                break;
            }
        }
        return path + n.getClass().getSimpleName();
    }
}
