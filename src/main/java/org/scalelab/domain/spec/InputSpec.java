package org.scalelab.domain.spec;

/** What the network sees: image channels, square input resolution in pixels, and the number of classes. */
public record InputSpec(int channels, int resolution, int classes) {
    public InputSpec {
        SpecException.check(channels >= 1 && channels <= 64, "channels", channels + " must lie in 1..64");
        SpecException.check(resolution >= 1, "resolution", resolution + " must be at least 1");
        SpecException.check(resolution <= Limits.MAX_RESOLUTION, "resolution",
                resolution + " exceeds the limit of " + Limits.MAX_RESOLUTION);
        SpecException.check(classes >= 2, "classes", classes + " must be at least 2");
        SpecException.check(classes <= Limits.MAX_CLASSES, "classes", classes + " exceeds the limit of " + Limits.MAX_CLASSES);
    }

    public InputSpec withResolution(int newResolution) {
        return new InputSpec(channels, newResolution, classes);
    }

    public InputSpec withChannels(int newChannels) {
        return new InputSpec(newChannels, resolution, classes);
    }

    public InputSpec withClasses(int newClasses) {
        return new InputSpec(channels, resolution, newClasses);
    }
}
