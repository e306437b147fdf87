package org.scalelab.report;

import java.util.ArrayList;
import java.util.List;

/** A table written the same way into Markdown, HTML and CSV: a header and rows of cells. */
final class ReportTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    ReportTable(String... header) {
        this.header = List.of(header);
    }

    ReportTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        line(b, header);
        b.append('|');
        header.forEach(h -> b.append(" --- |"));
        b.append('\n');
        rows.forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        b.append('|');
        cells.forEach(c -> b.append(' ').append(c.replace("|", "\\|")).append(" |"));
        b.append('\n');
    }

    String html() {
        StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
        header.forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            b.append("<tr>");
            r.forEach(c -> b.append("<td>").append(escape(c)).append("</td>"));
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    String csv() {
        StringBuilder b = new StringBuilder();
        csvLine(b, header);
        rows.forEach(r -> csvLine(b, r));
        return b.toString();
    }

    private static void csvLine(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            b.append(i > 0 ? "," : "");
            b.append(c.contains(",") || c.contains("\"") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        b.append('\n');
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
