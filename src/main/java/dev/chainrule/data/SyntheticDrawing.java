package dev.chainrule.data;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The formulas of the generated built-in datasets. Each draws its noise whatever σ is (also at 0),
 * so the random stream, and with it every point's position on its ring, spiral or curve, stays the
 * same when only the noise changes: a class sees the same points scatter more or less.
 * {@code SplittableRandom} and {@code StrictMath} make the draw the same on every Java runtime.
 */
final class SyntheticDrawing {

    private SyntheticDrawing() {
    }

    /** Two concentric rings (radius 1 → class 0, radius 0.5 → class 1), 200 points each. */
    static String circles(SplittableRandom random, double sigma) {
        StringBuilder csv = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < 400; i++) {
            int label = i % 2;
            double radius = label == 0 ? 1.0 : 0.5;
            double angle = random.nextDouble(2 * Math.PI);
            row(csv, radius * StrictMath.cos(angle) + sigma * random.nextGaussian(),
                    radius * StrictMath.sin(angle) + sigma * random.nextGaussian(), Integer.toString(label));
        }
        return csv.toString();
    }

    /** Two interleaved spirals of 1.75 turns from radius 0.1 to 1, 200 points each. */
    static String spirals(SplittableRandom random, double sigma) {
        StringBuilder csv = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < 400; i++) {
            int label = i % 2;
            double t = (i / 2) / 200.0;
            double angle = t * 1.75 * 2 * Math.PI + label * Math.PI;
            double radius = 0.1 + 0.9 * t;
            row(csv, radius * StrictMath.cos(angle) + sigma * random.nextGaussian(),
                    radius * StrictMath.sin(angle) + sigma * random.nextGaussian(), Integer.toString(label));
        }
        return csv.toString();
    }

    /** Three Gaussian blobs around (-2, 0), (2, 0) and (0, 2.5), classes A, B, C, 100 points each. */
    static String blobs(SplittableRandom random, double sigma) {
        double[][] centres = {{-2, 0}, {2, 0}, {0, 2.5}};
        String[] names = {"A", "B", "C"};
        StringBuilder csv = new StringBuilder("x1,x2,class\n");
        for (int i = 0; i < 300; i++) {
            int k = i % 3;
            row(csv, centres[k][0] + sigma * random.nextGaussian(), centres[k][1] + sigma * random.nextGaussian(), names[k]);
        }
        return csv.toString();
    }

    /** y = sin(x) + 0.3·x plus noise, 200 points with x uniform in [-3, 3]. */
    static String curve(SplittableRandom random, double sigma) {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 200; i++) {
            double x = random.nextDouble(-3, 3);
            csv.append(num(x)).append(',').append(num(StrictMath.sin(x) + 0.3 * x + sigma * random.nextGaussian())).append('\n');
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, double x1, double x2, String label) {
        csv.append(num(x1)).append(',').append(num(x2)).append(',').append(label).append('\n');
    }

    /** Four decimals, and never "-0.0000" (a point on an axis reads the same whichever side it was drawn). */
    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.equals("-0.0000") ? "0.0000" : s;
    }
}
