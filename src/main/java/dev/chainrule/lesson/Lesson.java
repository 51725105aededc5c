package dev.chainrule.lesson;

import dev.chainrule.experiment.ExperimentSpec;
import java.util.List;
import java.util.Objects;

/**
 * One lesson: runs that start together and are compared, with a short text and the point to notice.
 *
 * @param id                built-in: a name such as {@code batch-sizes}; a teacher's own: its number as text
 * @param text              what the lesson is about, in a few sentences; paragraphs separated by a blank line
 * @param notice            the point to notice on the comparison, one or two sentences
 * @param perLayerGradients whether the comparison shows each layer's gradient norm side by side (vanishing gradients)
 * @param stepThrough       whether the lesson links to the seed page's step-through of one update
 * @param runs              one experiment per run, in the order they are compared (the first is the reference)
 * @param ownerId           the teacher whose lesson it is, or null for a built-in one
 */
public record Lesson(String id, String title, String text, String notice, boolean perLayerGradients,
        boolean stepThrough, List<ExperimentSpec> runs, Long ownerId) {
    /** The most runs one lesson starts: a comparison still readable, and few enough for one person's turn. */
    public static final int MAX_RUNS = 8;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_NOTICE_LENGTH = 1000;

    public Lesson {
        Objects.requireNonNull(id, "id");
        title = required(title, "title", MAX_TITLE_LENGTH);
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The text may have at most " + MAX_TEXT_LENGTH + " characters; it has "
                    + text.length() + ". Shorten it.");
        }
        notice = required(notice, "point to notice", MAX_NOTICE_LENGTH);
        runs = List.copyOf(runs);
        if (runs.size() < 1 || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("A lesson has 1 to " + MAX_RUNS + " runs; this one has " + runs.size()
                    + ". Choose fewer runs.");
        }
    }

    public boolean isBuiltIn() {
        return ownerId == null;
    }

    private static String required(String value, String what, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " must not be empty: write a few words.");
        }
        if (stripped.length() > max) {
            throw new IllegalArgumentException("The " + what + " may have at most " + max + " characters; it has "
                    + stripped.length() + ". Shorten it.");
        }
        return stripped;
    }
}
