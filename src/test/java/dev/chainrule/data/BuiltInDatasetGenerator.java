package dev.chainrule.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * Writes the built-in datasets under src/main/resources/datasets/. The generated ones come from
 * fixed seeds (BuiltInDatasetsTest checks the committed files are exactly what this produces);
 * iris and digits are converted from scikit-learn's copies (see the README there).
 *
 * <pre>
 * java -cp target/classes:target/test-classes dev.chainrule.data.BuiltInDatasetGenerator \
 *     src/main/resources/datasets [/usr/lib/python3/dist-packages/sklearn/datasets/data]
 * </pre>
 */
public final class BuiltInDatasetGenerator {

    private BuiltInDatasetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        for (Map.Entry<String, String> e : generated().entrySet()) {
            Files.writeString(out.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        if (args.length > 1) {
            Path sklearn = Path.of(args[1]);
            Files.writeString(out.resolve("iris.csv"), iris(sklearn.resolve("iris.csv")), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("digits.csv"), digits(sklearn.resolve("digits.csv.gz")), StandardCharsets.UTF_8);
        }
    }

    /** File name → CSV text of every generated dataset. */
    static Map<String, String> generated() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("seed.csv", "x1,x2,y\n0.5,0.8,1.0\n");
        files.put("xor.csv", "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        files.put("circles.csv", circles(new SplittableRandom(1)));
        files.put("spirals.csv", spirals(new SplittableRandom(2)));
        files.put("blobs.csv", blobs(new SplittableRandom(3)));
        files.put("curve.csv", curve(new SplittableRandom(4)));
        return files;
    }

    /** Two concentric rings (radius 1 → class 0, radius 0.5 → class 1), 200 points each, noise σ = 0.08. */
    static String circles(SplittableRandom random) {
        StringBuilder csv = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < 400; i++) {
            int label = i % 2;
            double radius = label == 0 ? 1.0 : 0.5;
            double angle = random.nextDouble(2 * Math.PI);
            row(csv, radius * StrictMath.cos(angle) + 0.08 * random.nextGaussian(),
                    radius * StrictMath.sin(angle) + 0.08 * random.nextGaussian(), label);
        }
        return csv.toString();
    }

    /** Two interleaved spirals of 1.75 turns, 200 points each, noise σ = 0.05. */
    static String spirals(SplittableRandom random) {
        StringBuilder csv = new StringBuilder("x1,x2,y\n");
        for (int i = 0; i < 400; i++) {
            int label = i % 2;
            double t = (i / 2) / 200.0;
            double angle = t * 1.75 * 2 * Math.PI + label * Math.PI;
            double radius = 0.1 + 0.9 * t;
            row(csv, radius * StrictMath.cos(angle) + 0.05 * random.nextGaussian(),
                    radius * StrictMath.sin(angle) + 0.05 * random.nextGaussian(), label);
        }
        return csv.toString();
    }

    /** Three Gaussian blobs (σ = 0.6) around (-2, 0), (2, 0) and (0, 2.5), classes A, B, C, 100 points each. */
    static String blobs(SplittableRandom random) {
        double[][] centres = {{-2, 0}, {2, 0}, {0, 2.5}};
        String[] names = {"A", "B", "C"};
        StringBuilder csv = new StringBuilder("x1,x2,class\n");
        for (int i = 0; i < 300; i++) {
            int k = i % 3;
            csv.append(num(centres[k][0] + 0.6 * random.nextGaussian())).append(',')
                    .append(num(centres[k][1] + 0.6 * random.nextGaussian())).append(',').append(names[k]).append('\n');
        }
        return csv.toString();
    }

    /** y = sin(x) + 0.3·x + noise (σ = 0.15), 200 points with x uniform in [-3, 3]. */
    static String curve(SplittableRandom random) {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 200; i++) {
            double x = random.nextDouble(-3, 3);
            csv.append(num(x)).append(',').append(num(StrictMath.sin(x) + 0.3 * x + 0.15 * random.nextGaussian())).append('\n');
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, double x1, double x2, int label) {
        csv.append(num(x1)).append(',').append(num(x2)).append(',').append(label).append('\n');
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.equals("-0.0000") ? "0.0000" : s;
    }

    /** scikit-learn's iris.csv: a "150,4,names…" first line, then 4 measurements and a class index per row. */
    static String iris(Path file) throws IOException {
        String[] species = {"setosa", "versicolor", "virginica"};
        StringBuilder csv = new StringBuilder("sepal_length,sepal_width,petal_length,petal_width,species\n");
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            csv.append(f[0]).append(',').append(f[1]).append(',').append(f[2]).append(',').append(f[3])
                    .append(',').append(species[Integer.parseInt(f[4].trim())]).append('\n');
        }
        return csv.toString();
    }

    /** scikit-learn's digits.csv.gz: 64 pixel intensities (0–16) then the digit, no header. */
    static String digits(Path file) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int p = 0; p < 64; p++) {
            csv.append("p").append(p / 8).append(p % 8).append(',');
        }
        csv.append("digit\n");
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] f = line.trim().split(",");
                    for (int i = 0; i < f.length; i++) {
                        csv.append(i > 0 ? "," : "").append((int) Double.parseDouble(f[i]));
                    }
                    csv.append('\n');
                }
            }
        }
        return csv.toString();
    }
}
