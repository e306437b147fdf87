package org.scalelab.training.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.floating.Mean;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.api.ops.impl.reduce.same.Sum;
import org.nd4j.linalg.api.ops.impl.reduce3.Dot;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarAdd;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Per-channel arithmetic on NCHW maps, done on their [N·C, H·W] row view with the ND4J ops that are fast on it.
 * <p>
 * Why: in ND4J 1.0.0-M2.1 a per-channel broadcast ({@code BroadcastMulOp} along dimension 1) costs about 4 ns per
 * element on a map larger than the cache, {@code Variance} over (0, 2, 3) 6 ns and oneDNN's plain-layout batch norm
 * 2 ns, while a "scalar along dimension" op (each row times its own number) costs 0.2–0.5 ns and a row reduction
 * 0.8–1 ns (docs/performance.md, one thread). Each row is one (sample, channel) pair; per-channel numbers are
 * repeated N times, and per-row sums are added up per channel here in double precision.
 */
final class ChannelOps {
    private ChannelOps() {
    }

    /** The [N·C, H·W] view of a c-ordered NCHW map; a map with other strides is copied first. */
    static INDArray rows(INDArray map) {
        INDArray c = Shape.hasDefaultStridesForShape(map) && map.ordering() == 'c' ? map : map.dup('c');
        return c.reshape('c', c.size(0) * c.size(1), c.size(2) * c.size(3));
    }

    /** out[r, :] = in[r, :] · perRow[r] ({@code out} may be {@code in}). */
    static void scale(INDArray in, INDArray perRow, INDArray out) {
        ScalarMultiplication op = new ScalarMultiplication(in, perRow, out, 1.0);
        op.setDimension(1);
        Nd4j.exec(op);
    }

    /** out[r, :] = in[r, :] + perRow[r] ({@code out} may be {@code in}). */
    static void shift(INDArray in, INDArray perRow, INDArray out) {
        ScalarAdd op = new ScalarAdd(in, perRow, out, 0.0);
        op.setDimension(1);
        Nd4j.exec(op);
    }

    /** Per row: the mean of its values. */
    static double[] rowMeans(INDArray rows) {
        return Nd4j.exec(new Mean(rows, Nd4j.createUninitialized(rows.dataType(), rows.size(0)), 1)).toDoubleVector();
    }

    /** Per row: the sum of its values. */
    static double[] rowSums(INDArray rows) {
        return Nd4j.exec(new Sum(rows, Nd4j.createUninitialized(rows.dataType(), rows.size(0)), 1)).toDoubleVector();
    }

    /** Per row: the sum of its squares. */
    static double[] rowSquares(INDArray rows) {
        return Nd4j.exec(new SquaredNorm(rows, Nd4j.createUninitialized(rows.dataType(), rows.size(0)), 1))
                .toDoubleVector();
    }

    /** Per row: the dot product of the two arrays' rows. */
    static double[] rowDots(INDArray a, INDArray b) {
        return Nd4j.exec(new Dot(a, b, Nd4j.createUninitialized(a.dataType(), a.size(0)), 1)).toDoubleVector();
    }

    /** Per channel: the sum of the rows of its N samples, in double. */
    static double[] perChannel(double[] perRow, int channels) {
        double[] c = new double[channels];
        for (int r = 0; r < perRow.length; r++) {
            c[r % channels] += perRow[r];
        }
        return c;
    }

    /** Per-channel numbers repeated for each of the rows' samples, as an array of the rows' type. */
    static INDArray repeat(double[] perChannel, INDArray rows) {
        int channels = perChannel.length;
        double[] r = new double[(int) rows.size(0)];
        for (int i = 0; i < r.length; i++) {
            r[i] = perChannel[i % channels];
        }
        return Nd4j.createFromArray(r).castTo(rows.dataType());
    }
}
