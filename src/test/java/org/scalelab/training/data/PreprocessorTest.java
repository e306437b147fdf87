package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreprocessorTest {
    private static final List<String> AB = List.of("a", "b");

    private static ImageSet grey(int height, int width, int... values) {
        int count = values.length / (height * width);
        byte[] pixels = new byte[values.length];
        for (int p = 0; p < values.length; p++) {
            pixels[p] = (byte) values[p];
        }
        return new ImageSet(1, height, width, pixels, new int[count], AB);
    }

    private static double[] meanAndStd(Tensor4 tensor, int channel) {
        int plane = tensor.h() * tensor.w();
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < tensor.n(); i++) {
            for (int p = 0; p < plane; p++) {
                double v = tensor.data()[(i * tensor.c() + channel) * plane + p];
                sum += v;
                squares += v * v;
            }
        }
        double count = (double) tensor.n() * plane;
        double mean = sum / count;
        return new double[] {mean, Math.sqrt(squares / count - mean * mean)};
    }

    @Test
    void statisticsAreTheMeanAndPopulationStdOfUnitScaledPixels() {
        ChannelStats stats = Preprocessor.statistics(grey(1, 2, 0, 255, 255, 255), 1);

        assertEquals(0.75f, stats.mean()[0], 1e-6f);
        assertEquals((float) Math.sqrt(0.1875), stats.std()[0], 1e-6f);
    }

    @Test
    void trainingImagesComeOutWithZeroMeanAndUnitStd() {
        ImageSet train = TestFiles.greySet(2, 50);
        Tensor4 tensor = Preprocessor.fit(train, 1, 2, 3).apply(train);

        double[] moments = meanAndStd(tensor, 0);
        assertEquals(0, moments[0], 1e-5);
        assertEquals(1, moments[1], 1e-5);
    }

    @Test
    void otherImagesUseTheTrainingStatistics() {
        Preprocessor preprocessor = Preprocessor.fit(grey(1, 1, 0, 255), 1, 1, 1); // mean 0.5, std 0.5
        Tensor4 tensor = preprocessor.apply(grey(1, 1, 51, 255));

        assertArrayEquals(new float[] {-0.6f, 1f}, tensor.data(), 1e-6f);
    }

    @Test
    void resizesWithPyTorchBilinearBeforeStandardising() {
        ImageSet image = grey(2, 2, 0, 51, 102, 153); // 0, 0.2, 0.4, 0.6
        Preprocessor identity = new Preprocessor(1, 4, 4, new ChannelStats(new float[] {0}, new float[] {1}));

        Tensor4 tensor = identity.apply(image);

        assertEquals(4, tensor.h());
        assertArrayEquals(new float[] {0f, 0.05f, 0.15f, 0.2f}, Arrays.copyOfRange(tensor.data(), 0, 4), 1e-6f);
        assertEquals(0.6f, tensor.get(0, 0, 3, 3), 1e-6f);
        assertEquals(0.25f, tensor.get(0, 0, 1, 2), 1e-6f); // rows 0.15 and 0.55, weighted 0.75 and 0.25
    }

    @Test
    void greyIsCopiedToEveryChannelANetworkWants() {
        ImageSet train = TestFiles.greySet(2, 5);
        Preprocessor preprocessor = Preprocessor.fit(train, 3, 4, 4);
        Tensor4 tensor = preprocessor.apply(train);

        assertEquals(3, tensor.c());
        float[] mean = preprocessor.stats().mean();
        assertEquals(mean[0], mean[2]);
        for (int y = 0; y < 4; y++) {
            assertEquals(tensor.get(3, 0, y, 1), tensor.get(3, 2, y, 1));
        }
    }

    @Test
    void rgbBecomesLumaForAGreyNetwork() {
        ImageSet rgb = new ImageSet(3, 1, 1, new byte[] {(byte) 200, 100, 50}, new int[] {1}, AB);
        Preprocessor unscaled = new Preprocessor(1, 1, 1, new ChannelStats(new float[] {0}, new float[] {1}));

        assertEquals(124.2f / 255, unscaled.apply(rgb).data()[0], 1e-6f);
        assertEquals(124.2f / 255, Preprocessor.statistics(rgb, 1).mean()[0], 1e-6f);
    }

    @Test
    void aConstantChannelIsOnlyCentred() {
        ChannelStats stats = Preprocessor.statistics(grey(1, 2, 7, 7, 7, 7), 1);
        assertEquals(1f, stats.std()[0]);
    }

    @Test
    void aRangeOfImagesMatchesThatPartOfTheWholeSet() {
        ImageSet set = TestFiles.greySet(3, 4);
        Preprocessor preprocessor = Preprocessor.fit(set, 1, 5, 5);
        Tensor4 all = preprocessor.apply(set);
        Tensor4 part = preprocessor.apply(set, 4, 7);

        assertEquals(3, part.n());
        assertArrayEquals(Arrays.copyOfRange(all.data(), 4 * 25, 7 * 25), part.data());
    }

    @Test
    void rejectsChannelCountsItCannotMap() {
        ImageSet rgb = new ImageSet(3, 1, 1, new byte[3], new int[] {0}, AB);
        assertThrows(IllegalArgumentException.class, () -> Preprocessor.fit(rgb, 2, 1, 1));
    }

    @Test
    void oneHotRowsMarkTheLabel() {
        ImageSet set = new ImageSet(1, 1, 1, new byte[3], new int[] {1, 0, 1}, AB);
        assertArrayEquals(new float[] {0, 1, 1, 0, 0, 1}, Preprocessor.oneHot(set));
    }

    @Test
    void resizesAllTwelveThousandImagesTo64Pixels() {
        // Its speed is measured by PreprocessBenchmark (JMH), not here.
        ImageSet train = FashionMnist.bundled().train();
        Preprocessor preprocessor = Preprocessor.fit(train, 1, 64, 64);
        Tensor4 tensor = preprocessor.apply(train);
        assertEquals(12_000 * 64 * 64, tensor.data().length);
    }
}
