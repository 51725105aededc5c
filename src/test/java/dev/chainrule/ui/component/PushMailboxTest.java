package dev.chainrule.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.Command;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.RunStatus;
import dev.chainrule.training.RunSnapshot;
import dev.chainrule.training.RunSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A slow viewer's mailbox stays small: epochs merge (all kept), only the newest picture waits. */
class PushMailboxTest {
    private final List<Integer> epochsSeen = new ArrayList<>();
    private final List<Integer> picturesSeen = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final RunSubscriber viewer = new RunSubscriber() {
        @Override
        public void onEpochs(List<EpochRecord> epochs) {
            epochs.forEach(e -> epochsSeen.add(e.epoch()));
            calls.add("epochs");
        }

        @Override
        public void onSnapshot(RunSnapshot snapshot) {
            picturesSeen.add(snapshot.epoch());
            calls.add("picture");
        }

        @Override
        public void onFinished(RunStatus status, String message) {
            calls.add("finished");
        }
    };

    @Test
    void aThousandTicksWaitAsOneUpdateWithEveryEpochAndTheNewestPicture() {
        PushMailbox mailbox = new PushMailbox();
        for (int tick = 1; tick <= 1000; tick++) {
            mailbox.update(viewer, List.of(epoch(2 * tick - 1), epoch(2 * tick)), picture(2 * tick));
            assertThat(mailbox.size()).isEqualTo(1);
            assertThat(mailbox.snapshots()).isEqualTo(1);
        }
        mailbox.takeAll().forEach(Command::execute);
        assertThat(epochsSeen).containsExactlyElementsOf(IntStream.rangeClosed(1, 2000).boxed().toList());
        assertThat(picturesSeen).containsExactly(2000);
        assertThat(mailbox.isEmpty()).isTrue();
    }

    @Test
    void statusCallsKeepTheirPlaceAndAnOlderPictureIsDropped() {
        PushMailbox mailbox = new PushMailbox();
        mailbox.update(viewer, List.of(epoch(1)), picture(1));
        mailbox.add(() -> calls.add("paused"));
        mailbox.update(viewer, List.of(epoch(2)), null);
        mailbox.update(viewer, List.of(), picture(2));
        mailbox.add(() -> viewer.onFinished(RunStatus.COMPLETED, null));
        assertThat(mailbox.size()).isEqualTo(4);
        assertThat(mailbox.snapshots()).isEqualTo(1);
        mailbox.takeAll().forEach(Command::execute);
        assertThat(calls).containsExactly("epochs", "paused", "epochs", "picture", "finished");
        assertThat(epochsSeen).containsExactly(1, 2);
        assertThat(picturesSeen).containsExactly(2);
    }

    private static EpochRecord epoch(int n) {
        return new EpochRecord(n, 1.0 / n, null, null, null, null, new double[0], n);
    }

    private static RunSnapshot picture(int epoch) {
        return new RunSnapshot(epoch, List.of(new DenseWeights(new double[][] {{1.0}}, new double[] {0.0})), null);
    }
}
