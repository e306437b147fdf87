package org.scalelab.training.dl4j;

import java.util.Collections;
import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.normalization.BatchNormalizationHelper;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Batch normalisation of NCHW maps for DL4J's BatchNormalization layer, in its helper slot, built from the fast
 * per-row ops of {@link ChannelOps} instead of DL4J's oneDNN helper (mean, a 6 ns/element {@code Variance} and
 * oneDNN's plain-layout forward; a 10 ns/element backward). The layer keeps everything else: the running
 * statistics' update from {@link #getMeanCache}/{@link #getVarCache}, log-std storage, the updater.
 * <p>
 * Training forward, per channel over the M = N·H·W values: μ from row means, the centred map x − μ, σ² = Σ(x − μ)²/M
 * from it (two passes, as exact as DL4J's), then y = (x − μ)·γ/√(σ² + ε) + β in place. Backward, with x̂ = (x − μ)/σ:
 * dβ = Σ dy, dγ = Σ dy·x̂, dx = (γ/σ)·dy − (γ·dγ/(σ²M))·(x − μ) − γ·dβ/(σM). Row sums are float; their sums per
 * channel and all per-channel arithmetic are double.
 */
final class FastBatchNormHelper implements BatchNormalizationHelper {
    private final DataType dataType;
    private INDArray meanCache;
    private INDArray varCache;
    private double[] mean;
    private double[] variance;

    FastBatchNormHelper(DataType dataType) {
        this.dataType = dataType;
    }

    @Override
    public boolean checkSupported() {
        return true;
    }

    /** Fixed γ and β (DL4J's lockGammaBeta) are left to the layer's own code. */
    @Override
    public boolean checkSupported(double eps, boolean fixedGammaBeta) {
        return !fixedGammaBeta;
    }

    @Override
    public INDArray preOutput(INDArray x, boolean training, long[] shape, INDArray gamma, INDArray beta, INDArray mean,
                              INDArray var, double decay, double eps, CNN2DFormat format, LayerWorkspaceMgr mgr) {
        if (x.rank() != 4 || format != CNN2DFormat.NCHW || gamma == null || beta == null) {
            return null;
        }
        int channels = (int) x.size(1);
        INDArray rows = ChannelOps.rows(x);
        INDArray out = mgr.createUninitialized(ArrayType.ACTIVATIONS, x.dataType(), x.shape(), 'c');
        INDArray outRows = out.reshape('c', rows.size(0), rows.size(1));
        double[] g = gamma.toDoubleVector();
        double[] b = beta.toDoubleVector();
        double[] scale = new double[channels];
        double[] shift = new double[channels];
        if (training) {
            double perChannel = (double) rows.size(0) / channels * rows.size(1);
            double[] mu = ChannelOps.perChannel(ChannelOps.rowMeans(rows), channels);
            double[] negMu = new double[channels];
            for (int c = 0; c < channels; c++) {
                mu[c] *= channels / (double) rows.size(0); // mean of the N row means
                negMu[c] = -mu[c];
            }
            ChannelOps.shift(rows, ChannelOps.repeat(negMu, rows), outRows);
            double[] v = ChannelOps.perChannel(ChannelOps.rowSquares(outRows), channels);
            for (int c = 0; c < channels; c++) {
                v[c] /= perChannel;
                scale[c] = g[c] / Math.sqrt(v[c] + eps);
                shift[c] = b[c];
            }
            remember(mu, v, channels);
            ChannelOps.scale(outRows, ChannelOps.repeat(scale, rows), outRows);
            ChannelOps.shift(outRows, ChannelOps.repeat(shift, rows), outRows);
        } else {
            double[] m = mean.toDoubleVector();
            double[] v = var.toDoubleVector();
            for (int c = 0; c < channels; c++) {
                scale[c] = g[c] / Math.sqrt(v[c] + eps);
                shift[c] = b[c] - m[c] * scale[c];
            }
            ChannelOps.scale(rows, ChannelOps.repeat(scale, rows), outRows);
            ChannelOps.shift(outRows, ChannelOps.repeat(shift, rows), outRows);
        }
        return out;
    }

    /** The batch's mean and (biased) variance, which the layer folds into its running statistics. */
    private void remember(double[] mu, double[] v, int channels) {
        if (meanCache == null || meanCache.length() != channels) {
            try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                meanCache = Nd4j.createUninitialized(dataType, channels);
                varCache = Nd4j.createUninitialized(dataType, channels);
            }
        }
        meanCache.assign(Nd4j.createFromArray(mu).castTo(dataType));
        varCache.assign(Nd4j.createFromArray(v).castTo(dataType));
        mean = mu;
        variance = v;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray epsilon, long[] shape, INDArray gamma,
                                                     INDArray beta, INDArray dGammaView, INDArray dBetaView, double eps,
                                                     CNN2DFormat format, LayerWorkspaceMgr mgr) {
        if (mean == null || input.rank() != 4 || format != CNN2DFormat.NCHW || gamma == null) {
            return null;
        }
        int channels = mean.length;
        INDArray x = ChannelOps.rows(input);
        INDArray dy = ChannelOps.rows(epsilon);
        double m = (double) x.size(0) / channels * x.size(1);
        double[] g = gamma.toDoubleVector();
        double[] negMu = new double[channels];
        for (int c = 0; c < channels; c++) {
            negMu[c] = -mean[c];
        }
        INDArray centred = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, x.dataType(), x.shape(), 'c');
        ChannelOps.shift(x, ChannelOps.repeat(negMu, x), centred);
        double[] dBeta = ChannelOps.perChannel(ChannelOps.rowSums(dy), channels);
        double[] dyCentred = ChannelOps.perChannel(ChannelOps.rowDots(dy, centred), channels);
        double[] dGamma = new double[channels];
        double[] onDy = new double[channels];
        double[] onCentred = new double[channels];
        double[] constant = new double[channels];
        for (int c = 0; c < channels; c++) {
            double sigma = Math.sqrt(variance[c] + eps);
            dGamma[c] = dyCentred[c] / sigma;
            onDy[c] = g[c] / sigma;
            onCentred[c] = -g[c] * dGamma[c] / (sigma * sigma * m);
            constant[c] = -g[c] * dBeta[c] / (sigma * m);
        }
        ChannelOps.scale(centred, ChannelOps.repeat(onCentred, x), centred);
        ChannelOps.shift(centred, ChannelOps.repeat(constant, x), centred);
        INDArray dx = mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, input.dataType(), input.shape(), 'c');
        INDArray dxRows = dx.reshape('c', x.size(0), x.size(1));
        ChannelOps.scale(dy, ChannelOps.repeat(onDy, x), dxRows);
        Nd4j.exec(new AddOp(dxRows, centred, dxRows));
        dGammaView.assign(Nd4j.createFromArray(dGamma).castTo(dGammaView.dataType()).reshape(dGammaView.shape()));
        dBetaView.assign(Nd4j.createFromArray(dBeta).castTo(dBetaView.dataType()).reshape(dBetaView.shape()));
        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(BatchNormalizationParamInitializer.GAMMA, dGammaView);
        gradient.setGradientFor(BatchNormalizationParamInitializer.BETA, dBetaView);
        return new Pair<>(gradient, dx);
    }

    @Override
    public INDArray getMeanCache(DataType type) {
        return meanCache;
    }

    @Override
    public INDArray getVarCache(DataType type) {
        return varCache;
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return Collections.emptyMap();
    }
}
