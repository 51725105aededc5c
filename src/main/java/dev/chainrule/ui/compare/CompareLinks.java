package dev.chainrule.ui.compare;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.chainrule.share.ShareTokens;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a comparison is shown: {@code compare?runs=12,15,s:TOKEN}, the runs in the order compared (the
 * first is the reference). One place builds these addresses, so the Runs page, a run's page and the
 * comparison page agree on them.
 */
public final class CompareLinks {
    /** The comparison page's route. */
    public static final String ROUTE = "compare";
    /** Its query parameter: the runs' keys, comma separated. */
    public static final String RUNS = "runs";
    /** The most runs a comparison shows (the compare room's {@code Comparison.MAX_RUNS}), so a page can say so before it links. */
    public static final int MAX_RUNS = 50;
    /** An own run's key: its id. (A shared run's is "s:" and its link's token.) */
    private static final Pattern OWN = Pattern.compile("[1-9][0-9]{0,18}");
    private static final String SHARED = "s:";

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
        for (String key : keys) {
            if (!isKey(key)) {
                throw new IllegalArgumentException("\u201c" + key + "\u201d is not a run number or a share link's token.");
            }
        }
        return ROUTE + "?" + RUNS + "=" + String.join(",", keys);
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
        String link = ofRuns(runIds);
        ui.navigate(ROUTE, QueryParameters.fromString(link.substring(link.indexOf('?') + 1)));
    }

    private static boolean isKey(String key) {
        return key != null && (OWN.matcher(key).matches()
                || key.startsWith(SHARED) && ShareTokens.looksLikeToken(key.substring(SHARED.length())));
    }
}
