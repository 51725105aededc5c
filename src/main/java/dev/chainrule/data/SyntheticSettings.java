package dev.chainrule.data;

/**
 * How a generated built-in dataset ({@link SyntheticDataset}) is drawn: TensorFlow Playground's
 * noise level and the seed of the draw. The same settings give the same rows, byte for byte.
 *
 * @param noise the standard deviation of the Gaussian noise added to each coordinate, in percent of
 *              the dataset's size ({@link SyntheticDataset#scale()}), a whole number from 0 to
 *              {@link #MAX_NOISE}: teachers move it in steps, as in TensorFlow Playground
 * @param seed  the seed of the random draw, a whole number from 0 to {@link Integer#MAX_VALUE}: short enough
 *              to read out to a class, and any seed a file gives fits the Lab's field
 */
public record SyntheticSettings(int noise, int seed) {
    /** TensorFlow Playground's upper end; at 50 % the circles' rings overlap and blobs merge. */
    public static final int MAX_NOISE = 50;

    public SyntheticSettings {
        if (noise < 0 || noise > MAX_NOISE) {
            throw new IllegalArgumentException("noise must be a whole number of percent from 0 to " + MAX_NOISE
                    + ", was " + noise);
        }
        if (seed < 0) {
            throw new IllegalArgumentException("the data seed must be a whole number from 0 to " + Integer.MAX_VALUE
                    + ", was " + seed);
        }
    }
}
