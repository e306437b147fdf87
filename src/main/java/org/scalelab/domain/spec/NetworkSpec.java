package org.scalelab.domain.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole convolutional network as data: input → stem → stages → head → classifier. Immutable and
 * validated on construction; every {@link SpecException} names the offending field.
 */
public record NetworkSpec(String name, String description, InputSpec input, StemSpec stem,
                          List<StageSpec> stages, HeadSpec head, ClassifierSpec classifier) {

    public NetworkSpec {
        SpecException.check(name != null && !name.isBlank(), "name", "missing");
        description = description == null ? "" : description;
        SpecException.check(input != null, "input", "missing");
        SpecException.check(stem != null, "stem", "missing");
        SpecException.check(stages != null && !stages.isEmpty(), "stages", "a network needs at least one stage");
        for (int i = 0; i < stages.size(); i++) {
            SpecException.check(stages.get(i) != null, "stages[" + i + "]", "missing");
        }
        stages = List.copyOf(stages);
        SpecException.check(head != null, "head", "missing");
        SpecException.check(classifier != null, "classifier", "missing");
        long stride = totalStride(stem, stages);
        SpecException.check(input.resolution() >= stride, "input.resolution",
                input.resolution() + " px is too small for the network's total stride of " + stride
                        + " (needs at least " + stride + " px)");
    }

    private static long totalStride(StemSpec stem, List<StageSpec> stages) {
        long s = stem.totalStride();
        for (StageSpec st : stages) {
            s *= st.stride();
            if (s > Limits.MAX_RESOLUTION) {
                break;
            }
        }
        return s;
    }

    /** Downsampling from input to the last feature map. */
    public long totalStride() {
        return totalStride(stem, stages);
    }

    /** Number of blocks over all stages (stem and head not counted). */
    public int blockCount() {
        return stages.stream().mapToInt(StageSpec::repeats).sum();
    }

    /** Channels entering the classifier. */
    public int featureChannels() {
        return head.present() ? head.channels() : stages.get(stages.size() - 1).outChannels();
    }

    public NetworkSpec withName(String newName) {
        return new NetworkSpec(newName, description, input, stem, stages, head, classifier);
    }

    public NetworkSpec withInput(InputSpec newInput) {
        return new NetworkSpec(name, description, newInput, stem, stages, head, classifier);
    }

    public NetworkSpec withStem(StemSpec newStem) {
        return new NetworkSpec(name, description, input, newStem, stages, head, classifier);
    }

    public NetworkSpec withStages(List<StageSpec> newStages) {
        return new NetworkSpec(name, description, input, stem, newStages, head, classifier);
    }

    public NetworkSpec withHead(HeadSpec newHead) {
        return new NetworkSpec(name, description, input, stem, stages, newHead, classifier);
    }

    public NetworkSpec withClassifier(ClassifierSpec newClassifier) {
        return new NetworkSpec(name, description, input, stem, stages, head, newClassifier);
    }

    /** A copy with stage {@code index} replaced; the result is validated as a whole. */
    public NetworkSpec withStage(int index, StageSpec stage) {
        List<StageSpec> copy = new ArrayList<>(stages);
        copy.set(index, stage);
        return withStages(copy);
    }
}
