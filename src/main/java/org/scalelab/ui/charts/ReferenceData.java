package org.scalelab.ui.charts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Published ImageNet figures bundled under {@code /assets/reference/}: the models of the EfficientNet paper's
 * Table 2/3 ({@code reference-models.csv}) and its single-dimension vs compound scaling experiments
 * ({@code scaling-experiments.csv}). Each row keeps its source column, which the reference view shows.
 */
public record ReferenceData(List<Model> models, List<Experiment> experiments) {
    public static final String MODELS = "/assets/reference/reference-models.csv";
    public static final String EXPERIMENTS = "/assets/reference/scaling-experiments.csv";

    /** A published model; {@code flopsB} (billions of multiply-adds) is NaN where the source gives none. */
    public record Model(String name, String family, double top1, double paramsM, double flopsB, String source,
                        String note) {
    }

    /**
     * One scaled network of the paper's experiments; the multipliers are NaN where the paper gives none.
     *
     * @param method baseline, width, depth, resolution or compound
     */
    public record Experiment(String baseline, String method, double depth, double width, double resolution,
                             double flopsB, double top1, String source) {
    }

    public ReferenceData {
        models = List.copyOf(models);
        experiments = List.copyOf(experiments);
    }

    /** Loads both files from the class path; a missing or malformed file is an error naming the file and line. */
    public static ReferenceData load() {
        List<Model> models = new ArrayList<>();
        for (Map<String, String> r : read(MODELS)) {
            models.add(new Model(r.get("model"), r.get("family"), number(r, "top1"), number(r, "params_m"),
                    number(r, "flops_b"), r.get("source"), r.getOrDefault("note", "")));
        }
        List<Experiment> experiments = new ArrayList<>();
        for (Map<String, String> r : read(EXPERIMENTS)) {
            experiments.add(new Experiment(r.get("baseline"), r.get("method"), number(r, "depth"), number(r, "width"),
                    number(r, "resolution"), number(r, "flops_b"), number(r, "top1"), r.get("source")));
        }
        return new ReferenceData(models, experiments);
    }

    private static double number(Map<String, String> row, String column) {
        String s = row.get(column);
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(row.get("#where") + ": " + column + " '" + s + "' is not a number");
        }
    }

    static List<Map<String, String>> read(String resource) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalStateException(resource + " is empty");
            }
            List<String> columns = split(header);
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int n = 1;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                if (cells.size() > columns.size()) {
                    throw new IllegalStateException(resource + " line " + n + ": " + cells.size() + " cells, header has "
                            + columns.size());
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), i < cells.size() ? cells.get(i) : "");
                }
                row.put("#where", resource + " line " + n);
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Splits one CSV line (RFC 4180 quotes allowed). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
