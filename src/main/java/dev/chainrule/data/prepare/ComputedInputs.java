package dev.chainrule.data.prepare;

import dev.chainrule.data.ColumnType;
import dev.chainrule.data.DataFormatException;
import dev.chainrule.data.RawColumn;
import dev.chainrule.engine.InputPlane;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@link InputFeature}s of a preparation: appended to the encoded rows before standardising
 * (so each is scaled like any numeric column), and the {@link InputPlane} that computes them again
 * for a point of the decision boundary's plane, undoing and redoing the same standardisation.
 */
final class ComputedInputs {

    private ComputedInputs() {
    }

    /** Refuses input features unless the features are exactly two numeric columns, x1 and x2. */
    static void requireTwoNumeric(List<RawColumn> features, Map<String, ColumnType> types, List<InputFeature> chosen) {
        String what = "The input features " + chosen.stream().map(InputFeature::id).collect(Collectors.joining(", "))
                + " are computed from two numeric feature columns, x1 and x2";
        String fix = " Choose two numeric features, or turn the input features off.";
        if (features.size() != 2) {
            throw new DataFormatException(what + ", but there " + (features.size() == 1 ? "is 1 feature column ("
                    : "are " + features.size() + " feature columns (") + shortList(features) + ")." + fix);
        }
        for (RawColumn c : features) {
            if (types.get(c.name()) != ColumnType.NUMERIC) {
                throw new DataFormatException(what + ", but " + DataFormatException.quote(c.name()) + " is "
                        + types.get(c.name()).name().toLowerCase(java.util.Locale.ROOT) + "." + fix);
            }
        }
    }

    /** New rows: each row's two values, then the chosen features of them in {@link InputFeature} order; none chosen: the rows. */
    static double[][] append(double[][] rows, List<InputFeature> chosen) {
        if (chosen.isEmpty()) {
            return rows;
        }
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] row = Arrays.copyOf(rows[i], 2 + chosen.size());
            for (int k = 0; k < chosen.size(); k++) {
                row[2 + k] = chosen.get(k).of(row[0], row[1]);
            }
            out[i] = row;
        }
        return out;
    }

    /** The two columns' names, then each feature's with those names ("sin(radius)"). */
    static List<String> names(List<String> two, List<InputFeature> chosen) {
        List<String> names = new ArrayList<>(two);
        chosen.forEach(f -> names.add(f.nameFor(two.get(0), two.get(1))));
        return names;
    }

    /** Every computed input is a number, so it is standardised with the rest when asked. */
    static boolean[] numeric(boolean[] two, int computed) {
        boolean[] numeric = Arrays.copyOf(two, two.length + computed);
        Arrays.fill(numeric, two.length, numeric.length, true);
        return numeric;
    }

    /**
     * A plane point (u, v), in the network's units, back to the raw x1 = u·s₁ + m₁, x2 = v·s₂ + m₂,
     * and each feature f(x1, x2) scaled as its column was: (f − mₖ) / sₖ.
     */
    static InputPlane plane(List<InputFeature> chosen, double[] means, double[] scales) {
        List<InputFeature> features = List.copyOf(chosen);
        double[] m = means.clone();
        double[] s = scales.clone();
        return (u, v) -> {
            double x1 = u * s[0] + m[0];
            double x2 = v * s[1] + m[1];
            double[] row = new double[2 + features.size()];
            row[0] = u;
            row[1] = v;
            for (int k = 0; k < features.size(); k++) {
                row[2 + k] = (features.get(k).of(x1, x2) - m[2 + k]) / s[2 + k];
            }
            return row;
        };
    }

    private static String shortList(List<RawColumn> columns) {
        String shown = columns.stream().limit(5).map(c -> DataFormatException.quote(c.name()))
                .collect(Collectors.joining(", "));
        return columns.size() > 5 ? shown + ", …" : shown;
    }
}
