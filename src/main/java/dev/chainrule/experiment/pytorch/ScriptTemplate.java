package dev.chainrule.experiment.pytorch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script's fixed text with its blanks filled in. The template is plain Python with two
 * additions: {@code {{NAME}}} is replaced by a value (a value of several lines keeps the indentation
 * of the line it stands on, and a line holding only an empty value is left out), and lines between
 * {@code #if FLAG} and {@code #end} (nestable) are kept only when the flag is set, so a learner reads
 * only the code their run uses.
 */
final class ScriptTemplate {
    private static final Pattern BLANK = Pattern.compile("\\{\\{([A-Z_0-9]+)}}");

    private final String text;

    ScriptTemplate(String text) {
        this.text = text;
    }

    static ScriptTemplate resource(String path) {
        try (InputStream in = ScriptTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the script template " + path + " is missing from the jar");
            }
            return new ScriptTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param values every blank of the kept lines must have one (a missing one is a bug in this package)
     * @param flags  the conditions that hold
     */
    String fill(Map<String, String> values, Set<String> flags) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        // each open #if: whether its lines are kept (an #if inside a dropped block is dropped too)
        Deque<Boolean> kept = new ArrayDeque<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#if ")) {
                kept.push(flags.contains(trimmed.substring(4).strip()) && !kept.contains(false));
            } else if (trimmed.equals("#end")) {
                if (kept.isEmpty()) {
                    throw new IllegalStateException("the script template has an #end without its #if");
                }
                kept.pop();
            } else if (!kept.contains(false)) {
                fillLine(line, values, out);
            }
        }
        if (!kept.isEmpty()) {
            throw new IllegalStateException("the script template has an #if without its #end");
        }
        out.setLength(out.length() - 1); // the newline added after the last line
        return out.toString();
    }

    private static void fillLine(String line, Map<String, String> values, StringBuilder out) {
        Matcher blank = BLANK.matcher(line);
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        StringBuilder filled = new StringBuilder();
        while (blank.find()) {
            String value = values.get(blank.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + blank.group(1) + "}} in the script template");
            }
            blank.appendReplacement(filled, Matcher.quoteReplacement(value.replace("\n", "\n" + indent)));
        }
        blank.appendTail(filled);
        if (filled.toString().isBlank() && !line.isBlank()) {
            return; // a line that held only an empty value: nothing to say here for this run
        }
        out.append(filled).append('\n');
    }
}
