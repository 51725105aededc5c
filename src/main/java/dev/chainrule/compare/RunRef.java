package dev.chainrule.compare;

import dev.chainrule.data.DataFormatException;
import dev.chainrule.share.ShareTokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A run a comparison asks for: one of the visitor's own, by its number, or one shared with them, by its
 * link's token. In an address they are listed as {@code runs=12,s:TOKEN,15}.
 */
public sealed interface RunRef {
    /** A run number as it can stand in an address: a positive long, without signs or leading zeros. */
    Pattern RUN_NUMBER = Pattern.compile("[1-9][0-9]{0,17}");
    String SHARED_PREFIX = "s:";

    /** How the run is named in an address and in {@link Comparison#notFound()}: {@code "12"} or {@code "s:TOKEN"}. */
    String key();

    /** A run by number: one of the visitor's own, or one a {@link dev.chainrule.run.RunGrant} lets them read. */
    record Own(long id) implements RunRef {
        public Own {
            if (id < 1) {
                throw new ComparisonRequestException("Run numbers start at 1; " + id + " is not one. "
                        + "Choose the runs again on the Experiments page.");
            }
        }

        @Override
        public String key() {
            return Long.toString(id);
        }
    }

    /** A run behind a share link, by the link's token. */
    record Shared(String token) implements RunRef {
        public Shared {
            if (!ShareTokens.looksLikeToken(token)) {
                throw new ComparisonRequestException("A share link's token has " + ShareTokens.LENGTH
                        + " letters, digits, '-' or '_'; " + (token == null ? "none" : DataFormatException.quote(token))
                        + " is not one. Copy the link again from the page that shows it.");
            }
        }

        @Override
        public String key() {
            return SHARED_PREFIX + token;
        }
    }

    /**
     * The runs of an address's {@code runs} parameter, in order: entries separated by commas, blanks
     * ignored, a run named twice kept once (where it came first). Null or blank is no runs.
     *
     * @throws ComparisonRequestException when an entry is neither a run number nor {@code s:} and a token,
     *                                    or more than {@link Comparison#MAX_RUNS} runs are named
     */
    static List<RunRef> parse(String runsParameter) {
        Set<RunRef> refs = new LinkedHashSet<>();
        if (runsParameter != null) {
            for (String entry : runsParameter.split(",", -1)) {
                String e = entry.strip();
                if (!e.isEmpty()) {
                    refs.add(entry(e));
                }
            }
        }
        Comparison.checkCount(refs.size());
        return new ArrayList<>(refs);
    }

    /** The {@code runs} parameter that {@link #parse} reads back as these runs. */
    static String parameter(List<RunRef> refs) {
        return refs.stream().map(RunRef::key).collect(Collectors.joining(","));
    }

    private static RunRef entry(String e) {
        if (e.startsWith(SHARED_PREFIX)) {
            return new Shared(e.substring(SHARED_PREFIX.length()));
        }
        if (RUN_NUMBER.matcher(e).matches()) {
            return new Own(Long.parseLong(e));
        }
        throw new ComparisonRequestException("The list of runs to compare holds " + DataFormatException.quote(e)
                + ", which is neither a run number (like 12) nor a share link (like s: and its token). "
                + "Choose the runs again on the Experiments page.");
    }
}
