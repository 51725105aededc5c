package dev.chainrule.e2e;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Text made to be parsed: HTML and script that runs when inserted as markup, ECharts' rich-text
 * and formatter templates that a chart would substitute, a script URL, server-side template
 * syntax and already-escaped entities that must not be decoded. Each must reach the page as the
 * same characters. The scripts set {@code window.__xss} or open a dialog, so a test sees them run.
 */
final class HostileText {
    static final String IMG = "<img src=x onerror=window.__xss=1>";
    static final String SCRIPT = "<script>window.__xss=2</script>";
    /** Breaks out of an attribute value, then opens an alert. */
    static final String SVG = "\"><svg onload=alert(3)>";
    /** ECharts rich text: {style|text} would be drawn as "text" in a style. */
    static final String RICH = "{a|<b onmouseover=window.__xss=4>}";
    /** ECharts formatter templates: a string formatter puts the value, name, series in their place. */
    static final String TEMPLATES = "{@[0]} {b} {c} {a}";
    static final String SCRIPT_URL = "javascript:window.__xss=5";
    static final String IFRAME = "<iframe srcdoc=\"<script>parent.__xss=6</script>\">";
    static final String SERVER_TEMPLATES = "${7*7} #{7*7} {{7*7}}";
    /** Already escaped: shown decoded ("<u>entity&") it would mean some layer parses HTML. */
    static final String ENTITIES = "&lt;u&gt;entity&amp;";
    /** Fires without any interaction when inserted as HTML. */
    static final String DETAILS = "<details open ontoggle=prompt(8)>";

    static final List<String> ALL = List.of(IMG, SCRIPT, SVG, RICH, TEMPLATES, SCRIPT_URL, IFRAME, SERVER_TEMPLATES,
            ENTITIES, DETAILS);

    private HostileText() {
    }

    /** Every string, one a line: notes hold them all. */
    static String everyLine() {
        return String.join("\n", ALL);
    }

    /**
     * A CSV of two numeric columns and a class column, {@code rows} rows, each class a cluster of its
     * own along x (so a pointer over one point finds that class); fields are quoted as CSV needs.
     */
    static byte[] csv(String x, String y, String target, List<String> classes, int rows) {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder(field(x) + "," + field(y) + "," + field(target) + "\n");
        for (int i = 0; i < rows; i++) {
            int c = i % classes.size();
            csv.append(String.format(Locale.ROOT, "%.3f,%.3f,%s%n", random.nextGaussian() * 0.5 + 4 * c,
                    random.nextGaussian(), field(classes.get(c))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String text) {
        return text.contains("\"") || text.contains(",") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
