package dev.chainrule.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.share.SharedRuns;
import dev.chainrule.training.RunLauncher;
import dev.chainrule.ui.AbstractAppTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A run whose link to its assignment cannot be recorded does not stay: it is stopped and deleted, and the person told. */
@SpringBootTest
@ActiveProfiles("test")
@Import(AbstractAppTest.SynchronousTraining.class)
class AssignmentRecordingFailureTest {
    @Autowired
    AssignmentService assignments;
    @Autowired
    ClassroomService classes;
    @Autowired
    AccountService accounts;
    @Autowired
    RunLauncher launcher;
    @Autowired
    JdbcTemplate database;
    @MockitoSpyBean
    AssignmentTables tables;

    @Test
    void aRunThatCannotBeRecordedIsStoppedAndDeleted() {
        Visitor teacher = People.person(accounts, "Recording teacher");
        Visitor student = People.person(accounts, "Recording student");
        long classId = classes.create(teacher, "Recording").id();
        classes.join(student, classes.joinCode(teacher, classId));
        long run = SharedRuns.train(launcher, teacher, "builtin:spirals", "Spirals");
        long id = assignments.publish(teacher, classId, new AssignmentDraft(run, "Record me", "", Set.of(), null,
                AssignmentMetric.VALIDATION_LOSS)).id();
        var start = assignments.openInLab(student, id).experiment();
        doThrow(new DataIntegrityViolationException("assignment deleted meanwhile"))
                .when(tables).insertRun(anyLong(), anyLong(), anyLong(), anyBoolean(), any());

        assertThatThrownBy(() -> assignments.startRun(student, id, start, 0)).isInstanceOf(ClassroomException.class)
                .hasMessageContaining("could not be recorded for the assignment");
        assertThat(database.queryForObject("SELECT COUNT(*) FROM run WHERE owner_id = ?", Integer.class, student.accountId()))
                .isZero();
    }
}
