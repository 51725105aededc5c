package dev.chainrule.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.chainrule.account.Account;
import dev.chainrule.account.AccountException;
import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Classes on the real database: creating, joining with a code (new account or own), the roster and who may
 * see what. Someone not in a class gets "not found", as for a class that does not exist.
 */
@SpringBootTest
@ActiveProfiles("test")
class ClassroomServiceTest {
    @Autowired
    ClassroomService classes;
    @Autowired
    AccountService accounts;

    @Test
    void aTeacherCreatesAClassWithAnUnambiguousJoinCodeAndStudentsJoinWithItNewOrWithTheirOwnAccount() {
        Visitor teacher = People.person(accounts, "Ms Turing");
        ClassDetails made = classes.create(teacher, "  10B <i>Computing</i>  ");
        assertThat(made.name()).isEqualTo("10B <i>Computing</i>");
        assertThat(made.isTeacher()).isTrue();
        assertThat(made.teacherName()).isEqualTo("Ms Turing");
        String code = classes.joinCode(teacher, made.id());
        assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");

        Account newcomer = classes.joinWithNewAccount(" " + code.toLowerCase().substring(0, 4) + "-" + code.substring(4) + " ",
                "Grace 10B", People.PASSWORD);
        Visitor grace = newcomer.visitor();
        Visitor ada = People.person(accounts, "Ada with her own account");
        assertThat(classes.join(ada, code)).isEqualTo(made.id());
        assertThat(classes.join(ada, code)).as("joining twice changes nothing").isEqualTo(made.id());

        assertThat(classes.roster(teacher, made.id())).extracting(Student::name, Student::accountMadeHere)
                .containsExactly(tuple("Ada with her own account", false),
                        tuple("Grace 10B", true));
        ClassDetails seenByGrace = classes.open(grace, made.id());
        assertThat(seenByGrace.role()).isEqualTo(ClassRole.STUDENT);
        assertThat(seenByGrace.classmates()).containsExactly("Ada with her own account", "Grace 10B");
        assertThat(classes.mine(grace)).extracting(ClassListing::name, ClassListing::role, ClassListing::students)
                .containsExactly(tuple("10B <i>Computing</i>", ClassRole.STUDENT, 2));
        assertThatThrownBy(() -> classes.join(teacher, code)).isInstanceOf(ClassroomException.class)
                .hasMessageContaining("You teach");
    }

    @Test
    void aPersonTeachesSomeClassesAndStudiesInOthers() {
        Visitor both = People.person(accounts, "Teaches and learns");
        Visitor other = People.person(accounts, "Another teacher");
        ClassDetails mine = classes.create(both, "Year 9");
        ClassDetails theirs = classes.create(other, "Teachers' course");
        classes.join(both, classes.joinCode(other, theirs.id()));

        assertThat(classes.mine(both)).extracting(ClassListing::id, ClassListing::role).containsExactly(
                tuple(mine.id(), ClassRole.TEACHER),
                tuple(theirs.id(), ClassRole.STUDENT));
        assertThat(classes.open(both, theirs.id()).teacherName()).isEqualTo("Another teacher");
    }

    @Test
    void someoneNotInAClassGetsNotFoundAndAStudentIsRefusedTheTeachersParts() {
        Visitor teacher = People.person(accounts, "Mr Hopper");
        ClassDetails made = classes.create(teacher, "Class A");
        Visitor student = People.person(accounts, "Student of A");
        classes.join(student, classes.joinCode(teacher, made.id()));
        Visitor stranger = People.person(accounts, "Not in class A");
        ClassDetails elsewhere = classes.create(People.person(accounts, "Teacher of B"), "Class B");
        long id = made.id();

        assertThatThrownBy(() -> classes.open(stranger, id)).isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> classes.roster(stranger, id)).isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> classes.joinCode(stranger, id)).isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> classes.remove(stranger, id, student.accountId())).isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> classes.open(student, elsewhere.id())).isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> classes.open(student, 987_654_321L)).isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> classes.open(Visitor.anonymous("a browser"), id)).isInstanceOf(SignInRequiredException.class);

        assertThatThrownBy(() -> classes.roster(student, id)).isInstanceOf(ClassroomException.class)
                .hasMessage("Only the teacher of \u201cClass A\u201d can do this.");
        assertThatThrownBy(() -> classes.joinCode(student, id)).isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> classes.renewJoinCode(student, id)).isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> classes.remove(student, id, student.accountId())).isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> classes.delete(student, id)).isInstanceOf(ClassroomException.class);
        assertThat(classes.open(student, id).classmates()).containsExactly("Student of A");
    }

    @Test
    void removingAStudentEndsOnlyTheMembershipAndRenewingTheCodeRetiresTheOldOne() {
        Visitor teacher = People.person(accounts, "Ms Lovelace");
        ClassDetails made = classes.create(teacher, "Removals");
        String old = classes.joinCode(teacher, made.id());
        Visitor student = People.person(accounts, "Leaves soon");
        classes.join(student, old);

        classes.remove(teacher, made.id(), student.accountId());
        assertThat(classes.roster(teacher, made.id())).isEmpty();
        assertThatThrownBy(() -> classes.open(student, made.id())).isInstanceOf(NoSuchClassException.class);
        assertThat(accounts.find(student.accountId())).isPresent();
        assertThatThrownBy(() -> classes.remove(teacher, made.id(), student.accountId()))
                .isInstanceOf(ClassroomException.class).hasMessageContaining("not a student of this class");

        String renewed = classes.renewJoinCode(teacher, made.id());
        assertThat(renewed).isNotEqualTo(old);
        assertThatThrownBy(() -> classes.invitation(old)).isInstanceOf(ClassroomException.class)
                .hasMessageContaining("No class has the join code " + old);
        assertThat(classes.invitation(renewed).className()).isEqualTo("Removals");
    }

    @Test
    void badJoinCodesAndBadAccountsAreRefusedInWordsAndMakeNoAccount() {
        Visitor teacher = People.person(accounts, "Mr Knuth");
        String code = classes.joinCode(teacher, classes.create(teacher, "Codes").id());

        assertThatThrownBy(() -> classes.invitation("")).hasMessage("Type the join code: 8 letters and digits.");
        assertThatThrownBy(() -> classes.invitation("ABCD0OIL")).isInstanceOf(ClassroomException.class)
                .hasMessageContaining("never 0, O, 1, I or L");
        assertThatThrownBy(() -> classes.invitation("ABC")).hasMessageContaining("has 8 letters and digits");
        assertThatThrownBy(() -> classes.joinWithNewAccount("ZZZZZZZZ", "Would be made", People.PASSWORD))
                .isInstanceOf(ClassroomException.class);
        assertThat(accounts.findByName("Would be made")).isEmpty();

        assertThatThrownBy(() -> classes.joinWithNewAccount(code, "Mr Knuth", People.PASSWORD))
                .isInstanceOf(AccountException.class).hasMessageContaining("is taken");
        assertThatThrownBy(() -> classes.joinWithNewAccount(code, "Short pass", "password"))
                .isInstanceOf(AccountException.class).hasMessageContaining("at least 10 characters");
        assertThat(accounts.findByName("Short pass")).isEmpty();
        assertThatThrownBy(() -> classes.create(teacher, "   ")).hasMessageContaining("Give the class a name");
        assertThatThrownBy(() -> classes.create(teacher, "x".repeat(81))).hasMessageContaining("at most 80 characters");
    }

    @Test
    void joinCodesAreUniqueAndUseTheWholeAlphabet() {
        Visitor teacher = People.person(accounts, "Many classes");
        Set<String> codes = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            String code = classes.joinCode(teacher, classes.create(teacher, "Class " + i).id());
            codes.add(code);
            code.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(codes).hasSize(40);
        assertThat(seen).hasSizeGreaterThan(25).doesNotContain('0', 'O', '1', 'I', 'L');
    }
}
