package dev.chainrule.account;

import java.util.Objects;

/**
 * Who asks: a signed-in person, or an anonymous visitor known only by their browser session. Every
 * service action that reads or changes someone's runs or datasets takes one, and decides there
 * (not in a view) whether this visitor may.
 *
 * @param accountId  the person's account, or null for an anonymous visitor
 * @param name       the person's name, or null
 * @param sessionKey the anonymous visitor's browser session, or null for a person
 */
public record Visitor(Long accountId, String name, String sessionKey) {

    public static Visitor person(long accountId, String name) {
        return new Visitor(accountId, Objects.requireNonNull(name), null);
    }

    public static Visitor anonymous(String sessionKey) {
        return new Visitor(null, null, Objects.requireNonNull(sessionKey));
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    /**
     * The person's account id.
     *
     * @throws SignInRequiredException for an anonymous visitor
     */
    public long requireAccount() {
        if (accountId == null) {
            throw new SignInRequiredException();
        }
        return accountId;
    }

    /** True when this visitor is the person who owns a thing (never for an anonymous visitor). */
    public boolean owns(Long ownerId) {
        return accountId != null && accountId.equals(ownerId);
    }

    /**
     * One key per person, or per browser for anonymous visitors: what the per-person limit on
     * training runs counts, and who may control a run that is not stored.
     */
    public String key() {
        return accountId != null ? "account:" + accountId : "session:" + sessionKey;
    }
}
