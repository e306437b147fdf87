package org.scalelab.training.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQL for the experiments table and the links from experiments to their runs. */
final class ExperimentRows {

    private ExperimentRows() {
    }

    static Experiment insert(Connection c, String name, String description, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO experiments (name, description, created_at) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, description);
            ps.setLong(3, now);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return new Experiment(rs.getLong(1), name, description, now);
        }
    }

    static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM experiments WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static List<Experiment> all(Connection c) throws SQLException {
        List<Experiment> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, description, created_at FROM experiments ORDER BY id")) {
            while (rs.next()) {
                out.add(new Experiment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
        }
        return out;
    }

    /** Appends the run to the experiment; a run already in it keeps its place. */
    static void link(Connection c, long experimentId, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR IGNORE INTO experiment_runs (experiment_id, run_id, position)
                SELECT ?, ?, coalesce(max(position) + 1, 0) FROM experiment_runs WHERE experiment_id = ?""")) {
            ps.setLong(1, experimentId);
            ps.setString(2, runId);
            ps.setLong(3, experimentId);
            ps.executeUpdate();
        }
    }
}
