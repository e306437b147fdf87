package org.scalelab.training.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Training and validation images drawn from one set, each class in proportion to its share of the set.
 *
 * @param train      the images to fit on
 * @param validation the images to choose epochs and hyper-parameters on
 */
public record Split(ImageSet train, ImageSet validation) {

    /**
     * Draws {@code trainSize} images (0: all of them) from {@code set}, stratified by class, and sets
     * {@code validationFraction} of those apart as validation, stratified too; the rest are training images.
     * Each class's share is rounded by largest remainder, so the sizes come out exact: round(trainSize ×
     * validationFraction) validation images. Both sets keep the images in their order in {@code set}; the same
     * seed always picks the same images.
     *
     * @throws IllegalArgumentException for a size outside 0..set.size() or a fraction outside [0, 1)
     */
    public static Split stratified(ImageSet set, int trainSize, double validationFraction, long seed) {
        if (trainSize < 0 || trainSize > set.size()) {
            throw new IllegalArgumentException("train size " + trainSize + " is outside 0.." + set.size()
                    + ", the images available");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction " + validationFraction + " is outside [0, 1)");
        }
        int drawn = trainSize == 0 ? set.size() : trainSize;
        int[][] byClass = shuffledIndicesByClass(set, new Random(seed));
        int[] available = Arrays.stream(byClass).mapToInt(indices -> indices.length).toArray();
        int[] drawnPerClass = Quotas.proportional(available, drawn);
        int[] validationPerClass = Quotas.proportional(drawnPerClass, (int) Math.round(drawn * validationFraction));

        int[] trainIndices = new int[drawn - Arrays.stream(validationPerClass).sum()];
        int[] validationIndices = new int[drawn - trainIndices.length];
        int t = 0;
        int v = 0;
        for (int c = 0; c < byClass.length; c++) {
            for (int k = 0; k < drawnPerClass[c]; k++) {
                if (k < validationPerClass[c]) {
                    validationIndices[v++] = byClass[c][k];
                } else {
                    trainIndices[t++] = byClass[c][k];
                }
            }
        }
        Arrays.sort(trainIndices);
        Arrays.sort(validationIndices);
        return new Split(set.subset(trainIndices), set.subset(validationIndices));
    }

    /** Each class's image indices, in a seeded Fisher–Yates order (java.util.Random is the same on every JVM). */
    private static int[][] shuffledIndicesByClass(ImageSet set, Random random) {
        int[] counts = set.classCounts();
        int[][] byClass = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[counts.length];
        for (int i = 0; i < set.size(); i++) {
            int label = set.label(i);
            byClass[label][filled[label]++] = i;
        }
        for (int[] indices : byClass) {
            for (int k = indices.length - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int swap = indices[k];
                indices[k] = indices[j];
                indices[j] = swap;
            }
        }
        return byClass;
    }
}
