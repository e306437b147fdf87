package org.scalelab.training.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.domain.spec.NetworkSpec;
import org.scalelab.domain.spec.NetworkSpecJson;
import org.scalelab.domain.spec.SpecException;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunRequest;
import org.scalelab.training.RunResult;
import org.scalelab.training.RunStatus;

/**
 * SQL for the runs and epochs tables. SQLite stores a bound NaN as NULL, so every nullable number is written
 * as NULL for NaN and read back as NaN: "not measured" survives the round trip.
 */
final class RunRows {

    private RunRows() {
    }

    static void insert(Connection c, String id, RunRequest r, long params, long macs, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO runs (id, baseline, rule, phi, depth_multiplier, width_multiplier, resolution_multiplier,
                                  resolution, params, macs, spec_json, dataset, recipe_json, seed, status,
                                  created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, id);
            ps.setString(2, r.baseline());
            ps.setString(3, r.rule());
            setReal(ps, 4, r.phi());
            ps.setDouble(5, r.multipliers().depth());
            ps.setDouble(6, r.multipliers().width());
            ps.setDouble(7, r.multipliers().resolution());
            ps.setInt(8, r.spec().input().resolution());
            ps.setLong(9, params);
            ps.setLong(10, macs);
            ps.setString(11, NetworkSpecJson.write(r.spec()));
            ps.setString(12, r.dataset());
            ps.setString(13, RecipeJson.write(r.recipe()));
            ps.setLong(14, r.recipe().seed());
            ps.setString(15, RunStatus.QUEUED.name());
            ps.setLong(16, now);
            ps.setLong(17, now);
            ps.executeUpdate();
        }
    }

    static Optional<RunStatus> status(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM runs WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(RunStatus.valueOf(rs.getString(1))) : Optional.empty();
            }
        }
    }

    static List<String> idsWithStatus(Connection c, RunStatus status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM runs WHERE status = ? ORDER BY created_at, id")) {
            ps.setString(1, status.name());
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    static void setStatus(Connection c, String id, RunStatus status, String error, long now) throws SQLException {
        update(c, "UPDATE runs SET status = ?, error = ?, updated_at = ? WHERE id = ?", status.name(), error, now, id);
    }

    /** What trains the run from now on; its next epochs are recorded with this device's kind. */
    static void setDevice(Connection c, String id, String device) throws SQLException {
        DeviceKind kind = DeviceKind.of(device) == DeviceKind.GPU ? DeviceKind.GPU : DeviceKind.CPU;
        update(c, "UPDATE runs SET device = ?, device_kind = ? WHERE id = ?", device, kind.name(), id);
    }

    /** The kinds of device that trained the run's recorded epochs, in no order. */
    static List<DeviceKind> epochDeviceKinds(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT device_kind FROM epochs WHERE run_id = ? AND device_kind IS NOT NULL")) {
            ps.setString(1, id);
            List<DeviceKind> kinds = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kinds.add(DeviceKind.valueOf(rs.getString(1)));
                }
            }
            return kinds;
        }
    }

    static void setResult(Connection c, String id, RunResult r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE runs SET test_accuracy = ?, train_seconds = ?, images_per_second = ?, latency_ms = ?, device = ?,
                                device_kind = ?
                WHERE id = ?""")) {
            setReal(ps, 1, r.testAccuracy());
            setReal(ps, 2, r.trainSeconds());
            setReal(ps, 3, r.imagesPerSecond());
            setReal(ps, 4, r.latencyMillis());
            ps.setString(5, r.device());
            ps.setString(6, r.deviceKind().name());
            ps.setString(7, id);
            ps.executeUpdate();
        }
    }

    static OptionalInt lastEpoch(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(epoch) FROM epochs WHERE run_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int last = rs.getInt(1);
                return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(last);
            }
        }
    }

    /** The epoch row, the run's epoch count and its checkpoint change together, in the caller's transaction. */
    static void addEpoch(Connection c, String id, EpochMetrics m, String checkpointPath, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO epochs (run_id, epoch, loss, train_accuracy, validation_accuracy, images_per_second, seconds,
                                    device_kind)
                VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT CASE WHEN device_kind = 'GPU' THEN 'GPU' ELSE 'CPU' END
                                              FROM runs WHERE id = ?))""")) {
            ps.setString(1, id);
            ps.setInt(2, m.epoch());
            setReal(ps, 3, m.loss());
            setReal(ps, 4, m.trainAccuracy());
            setReal(ps, 5, m.validationAccuracy());
            setReal(ps, 6, m.imagesPerSecond());
            setReal(ps, 7, m.seconds());
            ps.setString(8, id);
            ps.executeUpdate();
        }
        update(c, "UPDATE runs SET epochs_done = epochs_done + 1, checkpoint_path = ?, updated_at = ? WHERE id = ?",
                checkpointPath, now, id);
    }

    static Optional<String> checkpoint(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT checkpoint_path FROM runs WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no run " + id);
                }
                return Optional.ofNullable(rs.getString(1));
            }
        }
    }

    static List<EpochMetrics> epochs(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT epoch, loss, train_accuracy, validation_accuracy, images_per_second, seconds
                FROM epochs WHERE run_id = ? ORDER BY epoch""")) {
            ps.setString(1, id);
            List<EpochMetrics> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EpochMetrics(rs.getInt("epoch"), real(rs, "loss"), real(rs, "train_accuracy"),
                            real(rs, "validation_accuracy"), real(rs, "images_per_second"), real(rs, "seconds")));
                }
            }
            return out;
        }
    }

    static Optional<RunRecord> find(Connection c, String id) throws SQLException {
        List<RunRecord> found = select(c, "SELECT * FROM runs WHERE id = ?", List.of(id));
        return found.stream().findFirst();
    }

    /** Runs of an experiment in the order they were added to it; other lists oldest first. */
    static List<RunRecord> list(Connection c, RunFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT r.* FROM runs r");
        List<Object> args = new ArrayList<>();
        if (f.experimentId() != null) {
            sql.append(" JOIN experiment_runs er ON er.run_id = r.id AND er.experiment_id = ?");
            args.add(f.experimentId());
        }
        List<String> conditions = new ArrayList<>();
        if (f.status() != null) {
            conditions.add("r.status = ?");
            args.add(f.status().name());
        }
        if (f.baseline() != null) {
            conditions.add("r.baseline = ?");
            args.add(f.baseline());
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        sql.append(f.experimentId() != null ? " ORDER BY er.position" : " ORDER BY r.created_at, r.id");
        return select(c, sql.toString(), args);
    }

    private static List<RunRecord> select(Connection c, String sql, List<Object> args) throws SQLException {
        List<RunRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(record(c, rs));
                }
            }
        }
        return out;
    }

    private static RunRecord record(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        RunRequest request = new RunRequest(rs.getString("baseline"), rs.getString("rule"), real(rs, "phi"),
                new Multipliers(rs.getDouble("depth_multiplier"), rs.getDouble("width_multiplier"),
                        rs.getDouble("resolution_multiplier")),
                spec(id, rs.getString("spec_json")), rs.getString("dataset"), recipe(id, rs.getString("recipe_json")));
        RunStatus status = RunStatus.valueOf(rs.getString("status"));
        String kind = rs.getString("device_kind");
        RunResult result = status != RunStatus.DONE ? null : new RunResult(real(rs, "test_accuracy"),
                real(rs, "train_seconds"), real(rs, "images_per_second"), real(rs, "latency_ms"), rs.getString("device"),
                kind == null ? null : DeviceKind.valueOf(kind));
        return new RunRecord(id, request, status, epochs(c, id), result, rs.getString("error"),
                rs.getLong("created_at"), rs.getLong("updated_at"));
    }

    private static NetworkSpec spec(String id, String json) throws SQLDataException {
        try {
            return NetworkSpecJson.read(json);
        } catch (SpecException e) {
            throw new SQLDataException("run " + id + " has an unreadable spec_json: " + e.getMessage(), e);
        }
    }

    private static Recipe recipe(String id, String json) throws SQLDataException {
        try {
            return RecipeJson.read(json);
        } catch (IllegalArgumentException e) {
            throw new SQLDataException("run " + id + " has an unreadable recipe_json: " + e.getMessage(), e);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static void setReal(PreparedStatement ps, int index, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, v);
        }
    }

    private static double real(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
