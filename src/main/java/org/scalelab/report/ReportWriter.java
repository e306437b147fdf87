package org.scalelab.report;

import java.util.List;

/** One report written twice: as Markdown and as self-contained HTML, from the same calls. */
interface ReportWriter {

    void heading(int level, String text);

    void paragraph(String text);

    void list(List<String> items);

    void table(ReportTable table);

    /** A chart: inline (HTML) or as an image link (Markdown), with links to its PNG and SVG files. */
    void chart(String title, String fileStem, String svg);

    /** Links to files of the report folder. */
    void files(String label, List<String> names);

    String text();

    /** Markdown, charts as links to their PNG files. */
    final class Markdown implements ReportWriter {
        private final StringBuilder b = new StringBuilder();

        @Override
        public void heading(int level, String text) {
            b.append(b.isEmpty() ? "" : "\n").append("#".repeat(level)).append(' ').append(text).append("\n\n");
        }

        @Override
        public void paragraph(String text) {
            b.append(text).append("\n\n");
        }

        @Override
        public void list(List<String> items) {
            items.forEach(i -> b.append("- ").append(i).append('\n'));
            b.append('\n');
        }

        @Override
        public void table(ReportTable table) {
            b.append(table.markdown()).append('\n');
        }

        @Override
        public void chart(String title, String fileStem, String svg) {
            b.append("![").append(title).append("](").append(fileStem).append(".png) ([SVG](").append(fileStem)
                    .append(".svg))\n\n");
        }

        @Override
        public void files(String label, List<String> names) {
            b.append(label).append(' ');
            for (int i = 0; i < names.size(); i++) {
                b.append(i > 0 ? ", " : "").append('[').append(names.get(i)).append("](").append(names.get(i)).append(')');
            }
            b.append(".\n");
        }

        @Override
        public String text() {
            return b.toString();
        }
    }

    /** One HTML file that needs nothing else: styles in the head, charts as inline SVG. */
    final class Html implements ReportWriter {
        private final StringBuilder b = new StringBuilder();

        Html(String title) {
            b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                    .append(ReportTable.escape(title)).append("</title>\n<style>\n")
                    .append("body{font-family:sans-serif;max-width:1100px;margin:24px auto;padding:0 16px;color:#222}")
                    .append("table{border-collapse:collapse;margin:8px 0 16px;font-size:14px}")
                    .append("th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f3f3f3}")
                    .append(".chart svg{max-width:100%;height:auto}li{margin:3px 0}small{color:#555}")
                    .append("\n</style></head><body>\n");
        }

        @Override
        public void heading(int level, String text) {
            b.append("<h").append(level).append('>').append(ReportTable.escape(text)).append("</h").append(level)
                    .append(">\n");
        }

        @Override
        public void paragraph(String text) {
            b.append("<p>").append(ReportTable.escape(text)).append("</p>\n");
        }

        @Override
        public void list(List<String> items) {
            b.append("<ul>\n");
            items.forEach(i -> b.append("<li>").append(ReportTable.escape(i)).append("</li>\n"));
            b.append("</ul>\n");
        }

        @Override
        public void table(ReportTable table) {
            b.append(table.html());
        }

        @Override
        public void chart(String title, String fileStem, String svg) {
            int start = svg.indexOf("<svg"); // without the XML prolog, to sit inside HTML
            b.append("<div class=\"chart\">").append(start >= 0 ? svg.substring(start) : svg)
                    .append("</div>\n<p><small><a href=\"").append(fileStem).append(".png\">PNG</a> · <a href=\"")
                    .append(fileStem).append(".svg\">SVG</a></small></p>\n");
        }

        @Override
        public void files(String label, List<String> names) {
            b.append("<p>").append(ReportTable.escape(label));
            names.forEach(n -> b.append(" <a href=\"").append(n).append("\">").append(n).append("</a>"));
            b.append("</p>\n");
        }

        @Override
        public String text() {
            return b + "</body></html>\n";
        }
    }
}
