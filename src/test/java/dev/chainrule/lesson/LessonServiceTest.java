package dev.chainrule.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.account.Visitor;
import dev.chainrule.run.Run;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.run.RunService;
import dev.chainrule.training.TrainingService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Starting a lesson on the real training pool, where a person trains at most two runs at once, and a
 * teacher's own lessons, seen by nobody else.
 */
@SpringBootTest
@ActiveProfiles("test")
class LessonServiceTest {
    @Autowired
    LessonService lessons;
    @Autowired
    TrainingService training;
    @Autowired
    RunService runs;
    @Autowired
    AccountService accounts;

    @Test
    void aLessonWithMoreRunsThanThePersonsLimitStartsTheRestAsEarlierOnesEndAllInItsOrder() throws InterruptedException {
        Visitor ada = People.person(accounts, "ada with a lesson");
        Lesson overfitting = lessons.find(ada, "overfitting");
        assertThat(overfitting.runs()).hasSizeGreaterThan(TrainingService.MAX_RUNS_PER_OWNER);

        LessonLaunch launch = lessons.start(ada, "overfitting");
        assertThat(launch.progress().started()).hasSize(TrainingService.MAX_RUNS_PER_OWNER);
        assertThat(launch.progress().waiting()).isTrue();
        long deadline = System.currentTimeMillis() + 120_000;
        while (!launch.progress().ended() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        LessonLaunch.Progress done = launch.progress();
        assertThat(done.problem()).isNull();
        assertThat(done.complete()).isTrue();
        List<String> titles = done.started().stream().map(id -> runs.owned(ada, id).getTitle()).toList();
        assertThat(titles).containsExactlyElementsOf(overfitting.runs().stream().map(s -> s.title()).toList());
        for (long id : done.started()) {
            while (training.isLive(id)) {
                Thread.sleep(50);
            }
        }
    }

    @Test
    void aTeachersLessonKeepsTheirRunsExperimentsUnderTheirTitlesAndIsNotFoundForAnyoneElse() {
        Visitor teacher = People.person(accounts, "teacher");
        Visitor student = People.person(accounts, "student");
        LessonLaunch seed = lessons.start(teacher, "seed-example");
        awaitAll(seed);
        List<Long> ids = seed.progress().started();
        runs.rename(teacher, ids.get(1), "<b>Fast</b> \u2014 mine");

        Lesson mine = lessons.save(teacher, "  My seed lesson  ", "Two rates.", "The fast one wins.", true, ids);

        assertThat(mine.id()).matches("[0-9]+");
        assertThat(mine.title()).isEqualTo("My seed lesson");
        assertThat(mine.isBuiltIn()).isFalse();
        assertThat(mine.runs()).extracting(s -> s.title()).containsExactly("2-2-1 example, rate 0.1", "<b>Fast</b> \u2014 mine");
        assertThat(mine.runs().get(1).training()).isEqualTo(lessons.find(teacher, "seed-example").runs().get(1).training());
        assertThat(lessons.find(teacher, mine.id())).isEqualTo(mine);
        assertThat(lessons.list(teacher)).extracting(Lesson::id).endsWith(mine.id())
                .containsSubsequence(BuiltInLessons.IDS);
        assertThat(lessons.list(student)).extracting(Lesson::id).doesNotContain(mine.id());
        assertThatThrownBy(() -> lessons.find(student, mine.id())).isInstanceOf(LessonNotFoundException.class);
        assertThatThrownBy(() -> lessons.start(student, mine.id())).isInstanceOf(LessonNotFoundException.class);
        assertThatThrownBy(() -> lessons.delete(student, mine.id())).isInstanceOf(LessonNotFoundException.class);
        assertThatThrownBy(() -> lessons.find(Visitor.anonymous("a browser"), mine.id()))
                .isInstanceOf(LessonNotFoundException.class);
        assertThatThrownBy(() -> lessons.delete(teacher, "seed-example")).isInstanceOf(LessonNotFoundException.class);

        LessonLaunch again = lessons.start(teacher, mine.id());
        awaitAll(again);
        assertThat(again.progress().started()).hasSize(2).doesNotContainAnyElementsOf(ids);

        lessons.delete(teacher, mine.id());
        assertThatThrownBy(() -> lessons.find(teacher, mine.id())).isInstanceOf(LessonNotFoundException.class);
        assertThat(runs.owned(teacher, ids.get(0))).extracting(Run::getTitle).isEqualTo("2-2-1 example, rate 0.1");
    }

    @Test
    void someoneElsesRunsCannotBeSavedAsALessonNorCanAnEmptyPoint() {
        Visitor teacher = People.person(accounts, "teacher of one");
        Visitor other = People.person(accounts, "someone else");
        LessonLaunch seed = lessons.start(teacher, "seed-example");
        awaitAll(seed);
        List<Long> ids = seed.progress().started();

        assertThatThrownBy(() -> lessons.save(other, "Theirs", "", "Look.", false, ids))
                .isInstanceOf(RunNotFoundException.class);
        assertThatThrownBy(() -> lessons.save(teacher, "Mine", "", "   ", false, ids))
                .hasMessage("The point to notice must not be empty: write a few words.");
        assertThatThrownBy(() -> lessons.save(teacher, "x".repeat(201), "", "Look.", false, ids))
                .hasMessageContaining("at most 200 characters");
        assertThat(lessons.list(teacher)).extracting(Lesson::id).containsExactlyElementsOf(BuiltInLessons.IDS);
    }

    @Test
    void anAnonymousVisitorReadsLessonsButStartingOneAsksToSignIn() {
        Visitor anonymous = Visitor.anonymous("a browser without an account");
        assertThat(lessons.list(anonymous)).extracting(Lesson::id).containsExactlyElementsOf(BuiltInLessons.IDS);
        assertThatThrownBy(() -> lessons.start(anonymous, "batch-sizes")).isInstanceOf(SignInRequiredException.class);
        assertThatThrownBy(() -> lessons.find(anonymous, "no-such-lesson")).isInstanceOf(LessonNotFoundException.class);
    }

    private void awaitAll(LessonLaunch launch) {
        long deadline = System.currentTimeMillis() + 60_000;
        try {
            while (System.currentTimeMillis() < deadline
                    && (!launch.progress().ended() || launch.progress().started().stream().anyMatch(training::isLive))) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(launch.progress().complete()).as(String.valueOf(launch.progress().problem())).isTrue();
    }
}
