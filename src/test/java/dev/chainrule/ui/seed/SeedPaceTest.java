package dev.chainrule.ui.seed;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.chainrule.ui.lab.LiveLab.awaitUntil;
import static dev.chainrule.ui.lab.LiveLab.button;
import static dev.chainrule.ui.lab.LiveLab.epoch;
import static dev.chainrule.ui.lab.LiveLab.progress;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.chainrule.ui.AbstractAppTest;
import dev.chainrule.ui.component.NumberInput;
import org.junit.jupiter.api.Test;

/**
 * The seed page's speed changes the pace of the run that trains, as the Lab's does: for a person's
 * stored run and for a visitor without an account, whose run is kept nowhere but is theirs to steer.
 * The runs really train on the server's pool.
 */
class SeedPaceTest extends AbstractAppTest {
    /** 3,000 epochs take 15 s at 200 a second; at full speed the seed network trains them in well under a second. */
    private static final int EPOCHS = 3000;

    @Test
    void aPersonsRunSwitchedToFullSpeedFinishesAtOnce() {
        UI.getCurrent().navigate(SeedView.class);
        assertSwitchingToFullSpeedFinishesTheRun();
    }

    @Test
    void aVisitorWithoutAnAccountChangesThePaceOfTheirUnstoredRunToo() {
        logOut();
        UI.getCurrent().navigate(SeedView.class);
        assertSwitchingToFullSpeedFinishesTheRun();
    }

    private static void assertSwitchingToFullSpeedFinishesTheRun() {
        _setValue(_get(NumberInput.class, spec -> spec.withLabel("Epochs")), String.valueOf(EPOCHS));
        choose("Speed", "200 epochs/s");
        _click(button("Train"));
        awaitUntil(() -> epoch() >= 1);
        assertThat(progress()).as("still at 200 epochs a second").doesNotStartWith("Completed");

        long switched = System.nanoTime();
        choose("Speed", "Full speed");
        awaitUntil(() -> progress().startsWith("Completed"));
        long ms = (System.nanoTime() - switched) / 1_000_000L;
        assertThat(ms).as("ms from Full speed to the end of %,d epochs (15 s at 200 a second)", EPOCHS).isLessThan(7_000);
        assertThat(epoch()).isEqualTo(EPOCHS);
        assertThat(button("Train").isEnabled()).as("Train again once it ended").isTrue();
    }
}
