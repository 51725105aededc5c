package dev.chainrule.ui;

import dev.chainrule.account.Visitor;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunGrant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A grant for tests ({@code @Import(TestRunGrant.class)}): lets a reader read exactly the runs a test allowed,
 * as the classroom's grant lets a teacher read the runs of their assignments.
 */
public class TestRunGrant implements RunGrant {
    private final Set<String> allowed = ConcurrentHashMap.newKeySet();

    /** From now on {@code reader} may read run {@code runId}. */
    public void allow(Visitor reader, long runId) {
        allowed.add(reader.accountId() + ":" + runId);
    }

    public void clear() {
        allowed.clear();
    }

    @Override
    public boolean mayRead(Visitor reader, Run run) {
        return allowed.contains(reader.accountId() + ":" + run.getId());
    }
}
