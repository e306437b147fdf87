package org.scalelab.training.search;

import java.util.Locale;

/**
 * Which accuracy a search selects on. {@link #VALIDATION} (the default) is the last epoch's accuracy on the
 * validation images held out of the training split, as the paper searched on a minival held out of ImageNet's
 * training set: the test split then still measures the winner without having chosen it. {@link #TEST} ranks on
 * the test split itself, which is larger (2,000 images in the bundled data against 10% of the training images)
 * and so less noisy, but makes the winner's test accuracy optimistic.
 */
public enum ScoreSource {
    VALIDATION, TEST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScoreSource parse(String text) {
        for (ScoreSource s : values()) {
            if (s.id().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown score '" + text + "'; expected validation or test");
    }
}
