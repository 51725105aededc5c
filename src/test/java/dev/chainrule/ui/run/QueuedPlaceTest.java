package dev.chainrule.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.prepare.PreparedData;
import dev.chainrule.experiment.DataPreparation;
import dev.chainrule.experiment.ExperimentSpec;
import dev.chainrule.experiment.SeedSpecs;
import dev.chainrule.training.StartOptions;
import dev.chainrule.training.TrainingService;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.lab.LiveLab;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A student's queued run on its page, with one place to train: the status line says how many runs are ahead,
 * counts an outsider who goes ahead (the queue is fair between groups), and counts down as others leave the
 * queue (one stopped while it waits) and start.
 */
@TestPropertySource(properties = {"chainrule.training.threads=1", "chainrule.training.max-active=1"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // no other class trains on one place: nothing to share
class QueuedPlaceTest extends AbstractAppTest {
    private static final String CLASS = "class:1";

    @Autowired
    TrainingService training;

    @Test
    void theRunPageCountsTheRunsAheadAsTheQueueMoves() {
        Visitor holderOwner = People.person(accounts, "queue holder");
        Visitor classmate = People.person(accounts, "queue classmate");
        Visitor outsider = People.person(accounts, "queue outsider");
        long holder = start(holderOwner, null);
        LiveLab.awaitUntil(() -> training.queuePosition(holder).isEmpty());
        long classmates = start(classmate, CLASS);
        long mine = start(me(), CLASS);

        UI.getCurrent().navigate("runs/" + mine);
        awaitStatus("Waiting for a free training slot: 1 run ahead of this one.");

        long outsiders = start(outsider, null);
        // the outsider's group has had no place yet, as the class has had none: the class's first, then the outsider
        awaitStatus("Waiting for a free training slot: 2 runs ahead of this one.");

        training.stop(holderOwner, holder); // the classmate starts
        awaitStatus("Waiting for a free training slot: 1 run ahead of this one.");
        // a run stopped while it waits leaves the queue at once
        training.stop(outsider, outsiders);
        awaitStatus("Waiting for a free training slot: next in line.");
        assertThat(training.isLive(outsiders)).isFalse();

        training.stop(classmate, classmates);
        LiveLab.awaitUntil(() -> LiveLab.progress().startsWith("Training"));
        training.stop(me(), mine);
    }

    // long and slow: each holds its place until stopped
    private long start(Visitor starter, String group) {
        ExperimentSpec spec = SeedSpecs.seedSpec(100_000);
        PreparedData data = DataPreparation.prepareInline(spec.data());
        return training.start(spec, data.train(), data.validation(),
                new StartOptions(50, starter, null, null).inGroup(group));
    }

    private static void awaitStatus(String expected) {
        LiveLab.awaitUntil(() -> LiveLab.progress().equals(expected));
    }
}
