package dev.chainrule.data;

import java.util.List;

/** The datasets that ship with Chainrule, in the order a course meets them. Origins: resources/datasets/README.md. */
public final class BuiltInDatasets {

    private static final List<BuiltInDataset> ALL = List.of(
            new BuiltInDataset("seed", "Seed example",
                    "The single example of the backpropagation walkthrough: x1 = 0.5, x2 = 0.8, target 1.0."),
            new BuiltInDataset("xor", "XOR",
                    "The four XOR points: no straight line separates the classes, so a hidden layer is needed."),
            new BuiltInDataset("circles", "Two circles",
                    "400 noisy points on two concentric rings; the boundary is a circle."),
            new BuiltInDataset("spirals", "Two spirals",
                    "400 points on two interleaved spirals: hard for small networks, a test of depth and patience."),
            new BuiltInDataset("blobs", "Gaussian blobs",
                    "300 points in three Gaussian clusters labelled A, B and C: a first multi-class problem."),
            new BuiltInDataset("curve", "Noisy curve",
                    "200 points of y = sin(x) + 0.3x plus noise: regression, and overfitting when the network is large."),
            new BuiltInDataset("iris", "Iris",
                    "Fisher's 150 iris flowers: four measurements, three species."),
            new BuiltInDataset("digits", "Digits 8x8",
                    "1,797 handwritten digits as 8x8 images of intensities 0–16: ten classes, 64 inputs."));

    private BuiltInDatasets() {
    }

    public static List<BuiltInDataset> all() {
        return ALL;
    }

    /** @throws IllegalArgumentException naming the known ids */
    public static BuiltInDataset byId(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no built-in dataset '" + id + "'; known: " + String.join(", ", ALL.stream().map(BuiltInDataset::id).toList())));
    }
}
