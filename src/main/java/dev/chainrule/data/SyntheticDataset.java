package dev.chainrule.data;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The built-in datasets drawn from a formula, which a teacher can draw again with more or less
 * noise and another seed (TensorFlow Playground's "Noise" and "Regenerate"). Noise is the standard
 * deviation σ of the Gaussian added to each coordinate, given in percent of the dataset's size:
 * {@code σ = noise × scale / 100}. The default settings draw exactly the CSV files in the jar
 * (BuiltInDatasetsTest), so a run recorded before noise existed still has the same rows.
 *
 * <p>XOR is not here: it is the four-point truth table that shows why a hidden layer is needed,
 * not a cloud drawn at random.
 */
public enum SyntheticDataset {
    CIRCLES("circles", "the outer ring's radius (1)", 1, 8, 1, SyntheticDrawing::circles),
    SPIRALS("spirals", "the spirals' outer radius (1)", 1, 5, 2, SyntheticDrawing::spirals),
    BLOBS("blobs", "the distance between the centres of A and B (4)", 4, 15, 3, SyntheticDrawing::blobs),
    CURVE("curve", "the sine's height (1)", 1, 15, 4, SyntheticDrawing::curve);

    /** One dataset's formula: the CSV text of its rows, drawn from {@code random} with noise σ. */
    @FunctionalInterface
    interface Drawing {
        String draw(SplittableRandom random, double sigma);
    }

    private final String id;
    private final String scaleWords;
    private final int scale;
    private final SyntheticSettings defaults;
    private final Drawing drawing;

    SyntheticDataset(String id, String scaleWords, int scale, int defaultNoise, int defaultSeed, Drawing drawing) {
        this.id = id;
        this.scaleWords = scaleWords;
        this.scale = scale;
        this.defaults = new SyntheticSettings(defaultNoise, defaultSeed);
        this.drawing = drawing;
    }

    /** The built-in dataset's id, e.g. "circles" (its key in the library is "builtin:circles"). */
    public String id() {
        return id;
    }

    /** What 100 % noise is measured against, in words: "the outer ring's radius (1)". */
    public String scale() {
        return scaleWords;
    }

    /** The settings of the CSV file in the jar. */
    public SyntheticSettings defaults() {
        return defaults;
    }

    /** The CSV text drawn with these settings; the defaults give the file in the jar. */
    public String csv(SyntheticSettings settings) {
        // noise × scale is a whole number, so σ is the double nearest to it / 100: 15 × 4 / 100 is exactly 0.6
        double sigma = settings.noise() * scale / 100.0;
        return drawing.draw(new SplittableRandom(settings.seed()), sigma);
    }

    /** The generated dataset with this built-in id, if it is one. */
    public static Optional<SyntheticDataset> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    /** "circles, spirals, blobs, curve": for messages that say which datasets take noise. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(SyntheticDataset::id).toList());
    }
}
