package dev.chainrule.classroom;

import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.ClassTables.ClassRow;
import org.springframework.stereotype.Component;

/** Who may see a class (its teacher and students) and who may run it (its teacher), decided once for both services. */
@Component
class ClassAccess {
    private final ClassTables tables;

    ClassAccess(ClassTables tables) {
        this.tables = tables;
    }

    /**
     * The class, if the visitor teaches it or studies in it.
     *
     * @throws NoSuchClassException when there is no such class or the visitor is not in it
     * @throws dev.chainrule.account.SignInRequiredException for an anonymous visitor
     */
    ClassRow inClass(Visitor visitor, long classId) {
        long me = visitor.requireAccount();
        ClassRow row = tables.find(classId).orElseThrow(NoSuchClassException::new);
        if (row.teacherId() != me && tables.membership(classId, me).isEmpty()) {
            throw new NoSuchClassException();
        }
        return row;
    }

    /**
     * The class, if the visitor teaches it; a student of it is told that only the teacher may.
     *
     * @throws NoSuchClassException when there is no such class or the visitor is not in it
     */
    ClassRow taught(Visitor visitor, long classId) {
        ClassRow row = inClass(visitor, classId);
        if (row.teacherId() != visitor.accountId()) {
            throw new ClassroomException("Only the teacher of \u201c" + row.name() + "\u201d can do this.");
        }
        return row;
    }
}
