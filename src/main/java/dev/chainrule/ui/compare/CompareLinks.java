package dev.chainrule.ui.compare;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.compare.Comparison;
import dev.chainrule.compare.RunRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where a comparison is shown: {@code compare?runs=12,15,s:TOKEN}, the runs in the order compared (the
 * first is the reference). One place builds these addresses, so the Runs page, a run's page and the
 * comparison page agree on them.
 */
public final class CompareLinks {
    /** The comparison page's route. */
    public static final String ROUTE = "compare";
    /** The presentation's route ({@code /present}): the same runs, for the projector. */
    public static final String PRESENT_ROUTE = "present";
    /** Its query parameter: the runs' keys, comma separated. */
    public static final String RUNS = "runs";
    /** Its optional query parameter: the lesson the runs were started for, whose point the page then shows. */
    public static final String LESSON = "lesson";
    /** The most runs a comparison shows, so a page can say so before it links. */
    public static final int MAX_RUNS = Comparison.MAX_RUNS;

    private CompareLinks() {
    }

    /**
     * The address of the comparison of these runs.
     *
     * @param keys "12" for an own run, "s:TOKEN" for one reached through a share link
     * @throws IllegalArgumentException when there is no key, or one is neither: nothing else goes into an address
     */
    public static String of(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("A comparison needs at least one run.");
        }
        keys.forEach(CompareLinks::check);
        return ROUTE + "?" + RUNS + "=" + String.join(",", keys);
    }

    // One key, as the compare room reads it back: anything else never goes into an address.
    private static void check(String key) {
        boolean one;
        try {
            List<RunRef> read = RunRef.parse(key);
            one = read.size() == 1 && read.get(0).key().equals(key);
        } catch (IllegalArgumentException e) {
            one = false;
        }
        if (!one) {
            throw new IllegalArgumentException("\u201c" + key + "\u201d is not a run number or a share link's token.");
        }
    }

    /** The address of the presentation of these runs (keys as for {@link #of}), for the projector. */
    public static String presentation(List<String> keys) {
        return PRESENT_ROUTE + of(keys).substring(ROUTE.length());
    }

    /** The address of the comparison of these own runs, by id. */
    public static String ofRuns(List<Long> runIds) {
        return of(runIds.stream().map(String::valueOf).toList());
    }

    /**
     * Opens the comparison of these own runs in this browser tab. ({@code UI.navigate(String)} takes a path
     * only, no query: the address of {@link #of} goes in as its route and its parameters.)
     */
    public static void open(UI ui, List<Long> runIds) {
        navigate(ui, ofRuns(runIds));
    }

    /** Opens the comparison of the runs just started for a lesson, with the lesson's point to notice above it. */
    public static void openLesson(UI ui, List<Long> runIds, String lessonId) {
        navigate(ui, ofRuns(runIds) + "&" + LESSON + "=" + URLEncoder.encode(lessonId, StandardCharsets.UTF_8));
    }

    private static void navigate(UI ui, String link) {
        ui.navigate(ROUTE, QueryParameters.fromString(link.substring(link.indexOf('?') + 1)));
    }
}
