package dev.chainrule.share;

import dev.chainrule.account.Visitor;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links to a comparison: the owner of some runs makes one link that shows exactly those runs,
 * side by side and read-only, to anyone who has it, and nothing else of theirs; the owner withdraws it.
 * Sharing the same runs again gives the same link while it works. A run deleted since the link was
 * made is left out of it; the others still show.
 */
@Service
public class ComparisonShareService {
    /** As many runs as the comparison page shows (the compare room's limit; this room may not import it). */
    public static final int MAX_RUNS = 50;

    private final ComparisonShareRepository links;
    private final RunService runs;

    ComparisonShareService(ComparisonShareRepository links, RunService runs) {
        this.links = links;
        this.runs = runs;
    }

    /**
     * The working token of a comparison of these runs of the owner's, made now if there is none.
     *
     * @param runIds in the order they are compared (the first is the reference); a repeated id counts once
     * @throws dev.chainrule.account.SignInRequiredException for an anonymous visitor
     * @throws RunNotFoundException     when one of the runs is not there or someone else's
     * @throws IllegalArgumentException when there are no runs or more than {@value #MAX_RUNS}
     */
    @Transactional
    public String share(Visitor owner, List<Long> runIds) {
        String ids = checked(owner, runIds);
        return links.findFirstByOwnerIdAndRunIdsAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(owner.requireAccount(), ids)
                .map(ComparisonShare::getToken)
                .orElseGet(() -> links.save(new ComparisonShare(ShareTokens.next(), owner.requireAccount(), ids,
                        Instant.now())).getToken());
    }

    /** The working token of a comparison of exactly these runs; empty when it is not shared. Same checks as {@link #share}. */
    public Optional<String> activeToken(Visitor owner, List<Long> runIds) {
        String ids = checked(owner, runIds);
        return links.findFirstByOwnerIdAndRunIdsAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(owner.requireAccount(), ids)
                .map(ComparisonShare::getToken);
    }

    /**
     * The runs behind a working link, for anyone: no account needed. Only after this check may the
     * page read them without one of its own ({@code compare.CompareService.compareRuns}).
     *
     * @return the ids in the order they were shared, without those deleted since (possibly none left)
     * @throws ShareNotFoundException when the token is malformed, unknown or withdrawn
     */
    public List<Long> open(String token) {
        ComparisonShare link = working(token).orElseThrow(ShareNotFoundException::new);
        List<Long> present = new ArrayList<>();
        for (long id : parse(link.getRunIds())) {
            if (stillTheOwners(id, link.getOwnerId())) {
                present.add(id);
            }
        }
        return present;
    }

    /**
     * Withdraws the owner's link: its token answers "not found" from now on. Withdrawing it twice does nothing more.
     *
     * @throws dev.chainrule.account.SignInRequiredException for an anonymous visitor
     * @throws ShareNotFoundException when the token is not a link of the owner's
     */
    @Transactional
    public void revoke(Visitor owner, String token) {
        long account = owner.requireAccount();
        ComparisonShare link = (ShareTokens.looksLikeToken(token) ? links.findByToken(token) : Optional.<ComparisonShare>empty())
                .filter(l -> l.getOwnerId() == account)
                .orElseThrow(ShareNotFoundException::new);
        links.revoke(link.getId(), Instant.now());
    }

    /** The ids as stored, after every check: the owner's, 1 to {@value #MAX_RUNS}, each once, in order. */
    private String checked(Visitor owner, List<Long> runIds) {
        owner.requireAccount();
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(runIds == null ? List.of() : runIds);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one run to share in a comparison.");
        }
        if (distinct.size() > MAX_RUNS) {
            throw new IllegalArgumentException("A comparison link shows at most " + MAX_RUNS + " runs; these are "
                    + distinct.size() + ". Choose fewer runs, then share again.");
        }
        distinct.forEach(id -> runs.owned(owner, id));
        return distinct.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Optional<ComparisonShare> working(String token) {
        if (!ShareTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return links.findByToken(token).filter(l -> l.getRevokedAt() == null);
    }

    private boolean stillTheOwners(long runId, Long ownerId) {
        try {
            Run run = runs.runOf(runId);
            return Objects.equals(run.getOwnerId(), ownerId);
        } catch (RunNotFoundException e) { // deleted since the link was made
            return false;
        }
    }

    private static List<Long> parse(String ids) {
        return Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
