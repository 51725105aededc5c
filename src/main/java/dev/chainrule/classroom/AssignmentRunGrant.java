package dev.chainrule.classroom;

import dev.chainrule.account.Visitor;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunGrant;
import org.springframework.stereotype.Component;

/**
 * The teacher of a class reads the runs made for its assignments, read-only (their page, live curves, comparison,
 * history CSV; never their notes): what the class board opens. Nobody else is let in here, another student least
 * of all: a student sees the leaderboard's names and numbers only.
 */
@Component
class AssignmentRunGrant implements RunGrant {
    private final BoardTables tables;

    AssignmentRunGrant(BoardTables tables) {
        this.tables = tables;
    }

    @Override
    public boolean mayRead(Visitor reader, Run run) {
        return reader.isSignedIn() && tables.teachesAssignmentOf(reader.accountId(), run.getId());
    }
}
