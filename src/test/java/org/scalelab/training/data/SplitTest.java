package org.scalelab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {
    /** 100 images of class 0, 100 of 1, 100 of 2; image i has pixel value i mod 256 and i / 256 in two bytes. */
    private static final ImageSet BALANCED = numbered(IntStream.range(0, 300).map(i -> i % 3).toArray());

    private static ImageSet numbered(int[] labels) {
        byte[] pixels = new byte[2 * labels.length];
        for (int i = 0; i < labels.length; i++) {
            pixels[2 * i] = (byte) i;
            pixels[2 * i + 1] = (byte) (i >> 8);
        }
        return new ImageSet(1, 1, 2, pixels, labels, List.of("a", "b", "c"));
    }

    private static List<Integer> ids(ImageSet set) {
        return IntStream.range(0, set.size()).mapToObj(i -> set.pixel(i, 0, 0, 0) + 256 * set.pixel(i, 0, 0, 1))
                .toList();
    }

    @Test
    void everyClassGivesTheSameShareToValidation() {
        Split split = Split.stratified(BALANCED, 0, 0.2, 7);

        assertArrayEquals(new int[] {80, 80, 80}, split.train().classCounts());
        assertArrayEquals(new int[] {20, 20, 20}, split.validation().classCounts());
    }

    @Test
    void trainSizeDrawsThatManyImagesBeforeValidationIsSetApart() {
        Split split = Split.stratified(BALANCED, 150, 0.1, 7);

        assertArrayEquals(new int[] {45, 45, 45}, split.train().classCounts());
        assertArrayEquals(new int[] {5, 5, 5}, split.validation().classCounts());
    }

    @Test
    void unevenClassesKeepTheirProportions() {
        int[] labels = new int[100];
        Arrays.fill(labels, 60, 90, 1);
        Arrays.fill(labels, 90, 100, 2);
        Split split = Split.stratified(numbered(labels), 50, 0.2, 3);

        assertArrayEquals(new int[] {24, 12, 4}, split.train().classCounts());
        assertArrayEquals(new int[] {6, 3, 1}, split.validation().classCounts());
    }

    @Test
    void sizesAreExactEvenWhenSharesAreFractional() {
        Split split = Split.stratified(BALANCED, 100, 0.25, 1);

        assertEquals(75, split.train().size());
        assertEquals(25, split.validation().size());
        assertTrue(Arrays.stream(split.validation().classCounts()).allMatch(count -> count == 8 || count == 9));
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Split first = Split.stratified(BALANCED, 120, 0.2, 42);
        Split again = Split.stratified(BALANCED, 120, 0.2, 42);
        Split other = Split.stratified(BALANCED, 120, 0.2, 43);

        assertEquals(ids(first.train()), ids(again.train()));
        assertEquals(ids(first.validation()), ids(again.validation()));
        assertFalse(ids(first.validation()).equals(ids(other.validation())));
    }

    @Test
    void trainAndValidationAreDisjointAndKeepTheOriginalOrder() {
        Split split = Split.stratified(BALANCED, 0, 0.3, 5);
        List<Integer> train = ids(split.train());
        List<Integer> validation = ids(split.validation());

        Set<Integer> all = new HashSet<>(train);
        all.addAll(validation);
        assertEquals(300, all.size());
        assertEquals(train.stream().sorted().toList(), train);
        assertEquals(validation.stream().sorted().toList(), validation);
        for (int i = 0; i < split.train().size(); i++) {
            assertEquals(train.get(i) % 3, split.train().label(i));
        }
    }

    @Test
    void noValidationLeavesAnEmptyValidationSet() {
        Split split = Split.stratified(BALANCED, 30, 0, 5);
        assertEquals(30, split.train().size());
        assertEquals(0, split.validation().size());
    }

    @Test
    void rejectsSizesAndFractionsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Split.stratified(BALANCED, 301, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.stratified(BALANCED, -1, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.stratified(BALANCED, 0, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.stratified(BALANCED, 0, Double.NaN, 1));
    }

    @Test
    void quotasFollowTheLargestRemainders() {
        assertArrayEquals(new int[] {4, 3, 3}, Quotas.proportional(new int[] {10, 10, 10}, 10));
        assertArrayEquals(new int[] {1, 0, 1}, Quotas.proportional(new int[] {5, 1, 4}, 2));
        assertArrayEquals(new int[] {0, 0}, Quotas.proportional(new int[] {0, 0}, 0));
        assertArrayEquals(new int[] {5, 1, 4}, Quotas.proportional(new int[] {5, 1, 4}, 10));
    }
}
