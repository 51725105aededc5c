package dev.chainrule.ui.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chainrule.engine.Finite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks and the JSON of {@link CompareChart}: what the browser receives is plain data. Labels
 * go as JSON strings exactly as typed, never escaped or wrapped in markup here: the browser shows
 * them as text (canvas) or escapes them (tooltips), and escaping twice would show "&amp;lt;".
 */
final class ChartPayload {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Only hex colours: a colour also lands in the style attribute of the tooltip's coloured dot,
     * so anything else could carry CSS or markup into the page.
     */
    private static final Pattern COLOR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[^\\p{L}\\p{N} ._-]+");
    private static final int LONGEST_FILE_NAME = 100;

    private ChartPayload() {
    }

    static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A run or group on a chart needs a key (e.g. its id); it was blank.");
        }
        return key;
    }

    static void requireLabel(String key, String label) {
        if (label == null) {
            throw new IllegalArgumentException("Run or group \"" + key + "\" has no label; give it its title.");
        }
    }

    static void requireColor(String key, String color) {
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("Run or group \"" + key + "\" has colour \"" + color
                    + "\"; a chart colour is written #rgb or #rrggbb, e.g. #1f77b4.");
        }
    }

    /** Each array holds one value per point: as many as the first (the x values). */
    static void requireSameLength(String what, double[] x, double[]... values) {
        if (x == null) {
            throw new IllegalArgumentException(what + " has no x values; send an array, empty for no points.");
        }
        for (double[] v : values) {
            if (v == null || v.length != x.length) {
                throw new IllegalArgumentException(what + " has " + x.length + " x values but "
                        + (v == null ? "no" : v.length) + " values of one of its lines; send one value per x "
                        + "(NaN where there is none).");
            }
        }
    }

    static String config(String xName, String yName, boolean log) {
        if (xName == null || yName == null) {
            throw new IllegalArgumentException("A chart needs the names of both axes (e.g. \"epoch\" and "
                    + "\"validation loss\"); one was missing.");
        }
        return JSON.createObjectNode().put("xName", xName).put("yName", yName).put("log", log).toString();
    }

    static String runs(List<CompareChart.ChartRun> runs) {
        ArrayNode list = JSON.createArrayNode();
        runs.forEach(r -> list.addObject().put("key", r.key()).put("label", r.label()).put("color", r.color()));
        return list.toString();
    }

    /**
     * {key, x, raw, smoothed}: non-finite numbers become null, which the browser draws as a gap; smoothed
     * is null for a curve that is not smoothed (the browser draws its raw values as its one line).
     */
    static String curve(String key, double[] x, double[] raw, double[] smoothed) {
        return curve(key, x, raw, smoothed, JSON.createObjectNode()).toString();
    }

    /**
     * [{key, x, raw, smoothed}, …]: a chart's curves in one message (see {@link #curve}). A curve whose x values
     * are those of an earlier curve in the message has {@code xOf: thatKey} instead of {@code x}: runs of the
     * same length share their epochs, and fifty runs then send one x axis, not fifty.
     */
    static String curves(List<CompareChart.RunCurve> curves) {
        ArrayNode list = JSON.createArrayNode();
        List<CompareChart.RunCurve> sent = new ArrayList<>();
        for (CompareChart.RunCurve c : curves) {
            ObjectNode curve = list.addObject();
            String xOf = sent.stream().filter(s -> Arrays.equals(s.x(), c.x())).map(CompareChart.RunCurve::key)
                    .findFirst().orElse(null);
            curve(c.key(), c.x(), c.raw(), c.smoothed(), curve, xOf);
            if (xOf == null) {
                sent.add(c);
            }
        }
        return list.toString();
    }

    private static ObjectNode curve(String key, double[] x, double[] raw, double[] smoothed, ObjectNode curve) {
        return curve(key, x, raw, smoothed, curve, null);
    }

    private static ObjectNode curve(String key, double[] x, double[] raw, double[] smoothed, ObjectNode curve,
            String xOf) {
        if (smoothed == null) {
            requireSameLength("The curve of run " + key, x, raw);
        } else {
            requireSameLength("The curve of run " + key, x, raw, smoothed);
        }
        curve.put("key", key);
        if (xOf == null) {
            numbers(curve.putArray("x"), x);
        } else {
            curve.put("xOf", xOf);
        }
        numbers(curve.putArray("raw"), raw);
        if (smoothed == null) {
            curve.putNull("smoothed");
        } else {
            numbers(curve.putArray("smoothed"), smoothed);
        }
        return curve;
    }

    static String bands(List<CompareChart.BandSeries> bands) {
        ArrayNode list = JSON.createArrayNode();
        for (CompareChart.BandSeries b : bands) {
            ObjectNode band = list.addObject().put("key", b.key()).put("label", b.label()).put("color", b.color());
            numbers(band.putArray("x"), b.x());
            numbers(band.putArray("mean"), b.mean());
            numbers(band.putArray("min"), b.min());
            numbers(band.putArray("max"), b.max());
        }
        return list.toString();
    }

    static String keys(Collection<String> keys) {
        ArrayNode list = JSON.createArrayNode();
        keys.forEach(list::add);
        return list.toString();
    }

    /**
     * A name a download may carry: letters, digits, space, dot, dash and underscore (a title may hold
     * slashes or quotes), at most 100 characters, ending in .png; "chart.png" when nothing is left.
     */
    static String fileName(String wanted) {
        String safe = wanted == null ? "" : UNSAFE_IN_FILE_NAME.matcher(wanted).replaceAll("-").strip();
        if (safe.toLowerCase(Locale.ROOT).endsWith(".png")) {
            safe = safe.substring(0, safe.length() - 4);
        }
        safe = safe.replaceAll("^[.\\s-]+|[.\\s-]+$", "");
        if (safe.length() > LONGEST_FILE_NAME) {
            safe = safe.substring(0, LONGEST_FILE_NAME);
        }
        return (safe.isBlank() ? "chart" : safe) + ".png";
    }

    // To seven significant digits: the chart is a picture (its tooltip shows six), and fifty runs of three
    // curves of a thousand points each are half the size this way; the exact numbers are in the CSV.
    private static void numbers(ArrayNode into, double[] values) {
        for (double v : values) {
            into.add(Finite.orNull(sevenDigits(v)));
        }
    }

    static double sevenDigits(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        double scale = Math.pow(10, 6 - exponent);
        if (exponent > 6 || Double.isInfinite(scale)) {
            return v; // whole numbers this large are short as they are; the tiniest have no room to scale
        }
        double rounded = Math.round(v * scale) / scale;
        return Double.isFinite(rounded) ? rounded : v;
    }
}
