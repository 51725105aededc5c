package dev.chainrule.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * One place to train, taken by a long run: a class of ten queues, then someone outside the class, then the
 * teacher's demonstration with priority. The demonstration starts first, the outsider second of the rest (not
 * eleventh), and a queued student hears its place move as others start.
 */
@SpringBootTest(properties = {"chainrule.training.threads=1", "chainrule.training.max-active=1"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FairShareTest {
    private static final String CLASS = "class:1";

    @Autowired
    TrainingService training;
    @Autowired
    AccountService accounts;

    private final List<String> startOrder = Collections.synchronizedList(new ArrayList<>());

    /** Notes when its run starts, and the places it is told while it waits. */
    private final class Watcher implements RunSubscriber {
        private final String name;
        private final long runId;
        final List<Integer> placesHeard = Collections.synchronizedList(new ArrayList<>());
        private boolean started;

        Watcher(String name, long runId) {
            this.name = name;
            this.runId = runId;
        }

        @Override
        public void onEpochs(List<EpochRecord> epochs) {
        }

        @Override
        public void onStatus(RunStatus status) {
            if (status == RunStatus.QUEUED) {
                // as the run page does: "queued" again means the place may have changed
                OptionalInt place = training.queuePosition(runId);
                place.ifPresent(placesHeard::add);
            } else if (status == RunStatus.RUNNING && !started) {
                started = true;
                startOrder.add(name);
            }
        }

        @Override
        public void onFinished(RunStatus status, String message) {
        }
    }

    @Test
    void theOutsiderAndTheDemonstrationDoNotWaitForTheWholeClass() throws Exception {
        Visitor teacher = People.person(accounts, "fair teacher");
        Visitor outsider = People.person(accounts, "fair outsider");
        List<Visitor> students = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            students.add(People.person(accounts, "fair student " + i));
        }
        long holder = training.start(teacher, SeedSpecs.seedSpec(100_000), 100); // paced: holds the place until stopped
        while (training.queuePosition(holder).isPresent() || !training.isLive(holder)) {
            Thread.sleep(10);
        }

        List<Long> classRuns = new ArrayList<>();
        List<Watcher> classWatchers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long id = start(new StartOptions(100, students.get(i), null, null).inGroup(CLASS));
            classRuns.add(id);
            classWatchers.add(follow("student " + (i + 1), id));
        }
        assertThat(training.queuePosition(classRuns.get(9))).hasValue(10);

        long outsiderRun = start(new StartOptions(100, outsider, null, null));
        follow("outsider", outsiderRun);
        assertThat(training.queuePosition(outsiderRun)).as("after the class's first, not after all ten").hasValue(2);
        assertThat(training.queuePosition(classRuns.get(1))).hasValue(3);
        assertThat(training.queuePosition(classRuns.get(9))).hasValue(11);

        long demonstration = start(new StartOptions(100, teacher, null, null).inGroup(CLASS).withPriority(true));
        follow("demonstration", demonstration);
        assertThat(training.queuePosition(demonstration)).hasValue(1);
        assertThat(training.queuePosition(outsiderRun)).hasValue(3);
        assertThat(classWatchers.get(9).placesHeard).as("told at once when others went ahead")
                .containsExactly(10, 11, 12);

        training.stop(teacher, holder);
        long deadline = System.currentTimeMillis() + 60_000;
        while (startOrder.size() < 12 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(startOrder).containsExactly("demonstration", "student 1", "outsider", "student 2", "student 3",
                "student 4", "student 5", "student 6", "student 7", "student 8", "student 9", "student 10");

        // the last student's place went down, one run at a time, to next in line
        List<Integer> heard = List.copyOf(classWatchers.get(9).placesHeard);
        List<Integer> whileOthersStarted = heard.subList(heard.indexOf(12), heard.size());
        assertThat(whileOthersStarted).isSortedAccordingTo((a, b) -> Integer.compare(b, a)).endsWith(1);
        while (classRuns.stream().anyMatch(training::isLive) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(classRuns).noneMatch(training::isLive);
    }

    // 20 epochs at 100 a second: each holds the place a fifth of a second, long enough for every waiting run to be
    // told its new place before the next one moves up
    private long start(StartOptions options) {
        ExperimentSpec spec = SeedSpecs.seedSpec(20);
        PreparedData data = DataPreparation.prepareInline(spec.data());
        return training.start(spec, data.train(), data.validation(), options);
    }

    private Watcher follow(String name, long runId) {
        Watcher watcher = new Watcher(name, runId);
        training.follow(runId, watcher, null);
        return watcher;
    }
}
