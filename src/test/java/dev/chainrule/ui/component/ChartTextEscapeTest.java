package dev.chainrule.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A static check of the chart scripts (ECharts 5.3.1 has published tooltip advisories): a tooltip
 * is HTML, so every tooltip has a formatter of its own (no default tooltip that builds HTML from
 * series names), and inside a formatter every name (series, column, axis, class) goes through the
 * escape function. Labels, legends and axis names are drawn on the canvas (renderer 'canvas'),
 * where text cannot become markup. A simple text check, not a parser: it reads the formatter up to
 * the end of its tooltip object, which is how the five scripts are written.
 */
class ChartTextEscapeTest {
    private static final Path JS = Path.of("src/main/resources/META-INF/resources/js");
    private static final Pattern TOOLTIP = Pattern.compile("tooltip:\\s*\\{");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_.]*(?:[nN]ame|label)\\b(?:\\[[^\\]]*\\])?");
    private static final Pattern ESCAPED = Pattern.compile("(?:escapeHtml|scatterEscape)\\(");

    @ParameterizedTest
    @ValueSource(strings = {"chainrule-chart.js", "chainrule-boundary.js", "chainrule-network.js", "chainrule-scatter.js",
            "chainrule-compare-chart.js"})
    void everyTooltipHasAFormatterThatEscapesEveryName(String script) throws IOException {
        String js = Files.readString(JS.resolve(script));
        Matcher tooltip = TOOLTIP.matcher(js);
        while (tooltip.find()) {
            String body = object(js, tooltip.end() - 1);
            assertThat(body).as("%s: a tooltip without a formatter shows ECharts' default HTML", script).contains("formatter:");
            assertThat(unescapedNames(body)).as("%s: names in a tooltip formatter not escaped", script).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"chainrule-chart.js", "chainrule-boundary.js", "chainrule-network.js", "chainrule-scatter.js",
            "chainrule-compare-chart.js"})
    void chartsDrawOnTheCanvasAndNeverAsHtmlElsewhere(String script) throws IOException {
        String js = Files.readString(JS.resolve(script));
        assertThat(js).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML").doesNotContain("renderMode")
                .doesNotContain("renderer: 'svg'").doesNotContain("richText");
        assertThat(Files.readString(JS.resolve("chainrule-echarts-element.js"))).contains("renderer: 'canvas'");
    }

    /** A name is escaped when it sits inside the parentheses of an escape call. */
    static List<String> unescapedNames(String formatter) {
        List<String> found = new ArrayList<>();
        Matcher name = NAME.matcher(formatter);
        while (name.find()) {
            if (!insideEscape(formatter, name.start())) {
                found.add(name.group());
            }
        }
        return found;
    }

    private static boolean insideEscape(String text, int at) {
        Matcher call = ESCAPED.matcher(text);
        while (call.find()) {
            if (call.end() <= at && at < close(text, call.end() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the object (or parenthesis) opened at {@code open}, through its closing bracket. */
    private static String object(String text, int open) {
        return text.substring(open, close(text, open));
    }

    private static int close(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return text.length();
    }
}
