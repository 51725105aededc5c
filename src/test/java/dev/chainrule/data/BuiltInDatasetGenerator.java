package dev.chainrule.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Writes the built-in datasets under src/main/resources/datasets/. The generated ones are drawn by
 * {@link SyntheticDataset} with its default noise and seed (BuiltInDatasetsTest checks the committed
 * files are exactly what this produces, so the app can draw them again with other settings);
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
        // drawn by the app's own formulas with their default noise and seed (SyntheticDataset)
        for (SyntheticDataset d : SyntheticDataset.values()) {
            files.put(d.id() + ".csv", d.csv(d.defaults()));
        }
        return files;
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
