package dev.chainrule.classroom;

import dev.chainrule.account.Account;
import dev.chainrule.account.AccountException;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.Visitor;
import dev.chainrule.classroom.ClassTables.ClassRow;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, their join codes and their rosters. Each method takes the visitor who asks: a class they
 * neither teach nor study in is {@link NoSuchClassException not found}; what only the teacher may do
 * a student is refused in words ({@link ClassroomException}); an anonymous visitor must sign in.
 */
@Service
public class ClassroomService {
    /** Tries at a fresh join code before giving up: with 31^8 codes a second try is already rare. */
    private static final int CODE_TRIES = 10;

    private final ClassTables tables;
    private final ClassAccess access;
    private final AccountService accounts;

    ClassroomService(ClassTables tables, ClassAccess access, AccountService accounts) {
        this.tables = tables;
        this.access = access;
        this.accounts = accounts;
    }

    /**
     * Creates a class; the visitor is its teacher.
     *
     * @throws ClassroomException when the name is empty, too long or has control characters
     */
    @Transactional
    public ClassDetails create(Visitor teacher, String typedName) {
        long me = teacher.requireAccount();
        String name = checkedName(typedName);
        long id = tables.insertClass(name, me, freshJoinCode(), Instant.now());
        return open(teacher, id);
    }

    /** The classes the visitor teaches (first) and studies in, each group by name. */
    public List<ClassListing> mine(Visitor visitor) {
        return tables.listings(visitor.requireAccount());
    }

    /** The class as anyone in it sees it: name, teacher, the students' display names. */
    public ClassDetails open(Visitor visitor, long classId) {
        ClassRow row = access.inClass(visitor, classId);
        ClassRole role = row.teacherId() == visitor.accountId() ? ClassRole.TEACHER : ClassRole.STUDENT;
        return new ClassDetails(row.id(), row.name(), row.teacherName(), role, tables.studentNames(classId));
    }

    /** The class's join code; the teacher's only. */
    public String joinCode(Visitor teacher, long classId) {
        return access.taught(teacher, classId).joinCode();
    }

    /** The students with when they joined and whether their account was made here; the teacher's only. */
    public List<Student> roster(Visitor teacher, long classId) {
        access.taught(teacher, classId);
        return tables.roster(classId);
    }

    /** Gives the class a new join code; the old code and link stop working at once. Returns the new code. */
    @Transactional
    public String renewJoinCode(Visitor teacher, long classId) {
        access.taught(teacher, classId);
        String code = freshJoinCode();
        tables.setJoinCode(classId, code);
        return code;
    }

    @Transactional
    public void rename(Visitor teacher, long classId, String typedName) {
        access.taught(teacher, classId);
        tables.rename(classId, checkedName(typedName));
    }

    /** Deletes the class: the memberships go, every account and run stays. */
    @Transactional
    public void delete(Visitor teacher, long classId) {
        access.taught(teacher, classId);
        tables.delete(classId);
    }

    /**
     * The class a join code leads to, for the join page to show before anyone joins.
     *
     * @throws ClassroomException when the code is malformed or no class has it (renewed, or mistyped)
     */
    public Invitation invitation(String typedCode) {
        String code = Codes.normalise(typedCode);
        Codes.problem(code, Codes.JOIN_LENGTH, "join code").ifPresent(p -> {
            throw new ClassroomException(p);
        });
        ClassRow row = tables.findByCode(code).orElseThrow(() -> new ClassroomException(
                "No class has the join code " + code + ". Check it with your teacher: they may have given the class a new one."));
        return new Invitation(row.id(), row.name(), row.teacherName(), row.joinCode());
    }

    /**
     * A signed-in person joins the class of this code as a student and gets its number; joining a
     * class they are already in changes nothing.
     *
     * @throws ClassroomException for a bad code, or when the person teaches this class
     */
    @Transactional
    public long join(Visitor person, String typedCode) {
        long me = person.requireAccount();
        Invitation invitation = invitation(typedCode);
        ClassRow row = tables.find(invitation.classId()).orElseThrow(NoSuchClassException::new);
        if (row.teacherId() == me) {
            throw new ClassroomException("You teach \u201c" + row.name() + "\u201d; your students join with this code.");
        }
        if (tables.membership(row.id(), me).isEmpty()) {
            tables.addMember(row.id(), me, false, Instant.now());
        }
        return row.id();
    }

    /**
     * A visitor without an account joins: the account is made with the display name and password (the
     * rules of sign-up apply) and joins the class, both or neither. The caller logs the new person in.
     *
     * @throws ClassroomException for a bad code (checked first, so no account is made for nothing)
     * @throws AccountException naming what to change in the name or the password
     */
    @Transactional
    public Account joinWithNewAccount(String typedCode, String displayName, String password) {
        Invitation invitation = invitation(typedCode);
        Account account = accounts.signUp(displayName, password);
        tables.addMember(invitation.classId(), account.getId(), true, Instant.now());
        return account;
    }

    /** Takes a student out of the class: their account and runs stay, and a reset code made here stops working. */
    @Transactional
    public void remove(Visitor teacher, long classId, long studentId) {
        access.taught(teacher, classId);
        if (tables.removeMember(classId, studentId) == 0) {
            throw new ClassroomException("That person is not a student of this class (any more). Reload the page.");
        }
        tables.forgetResets(classId, studentId);
    }

    /** A student leaves the class; as with a removal, their account and runs stay. */
    @Transactional
    public void leave(Visitor student, long classId) {
        ClassRow row = access.inClass(student, classId);
        if (row.teacherId() == student.accountId()) {
            throw new ClassroomException("You teach this class; delete it instead of leaving it.");
        }
        tables.removeMember(classId, student.accountId());
        tables.forgetResets(classId, student.accountId());
    }

    private static String checkedName(String typedName) {
        String name = ClassNames.clean(typedName);
        ClassNames.problem(name).ifPresent(p -> {
            throw new ClassroomException(p);
        });
        return name;
    }

    private String freshJoinCode() {
        // checked before the insert, not caught after it: on PostgreSQL a failed insert spoils the transaction
        for (int i = 0; i < CODE_TRIES; i++) {
            String code = Codes.random(Codes.JOIN_LENGTH);
            if (tables.findByCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free join code after " + CODE_TRIES + " tries");
    }
}
