package dev.chainrule.ui.compare;

import static dev.chainrule.compare.TestRuns.LAYERS;
import static dev.chainrule.compare.TestRuns.validationLoss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.Curves;
import dev.chainrule.compare.Outcome;
import dev.chainrule.compare.TestRuns;
import dev.chainrule.compare.XAxis;
import dev.chainrule.engine.spec.SgdSpec;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.EpochSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A live run on the comparison page: its outcome follows its epochs as they arrive, not only its curves. */
class ComparisonStateTest {
    private static final CompareControls.Choice BY_EPOCH = new CompareControls.Choice(XAxis.EPOCH, false, 0, null);

    @Test
    void aLiveRunStartsEmptyAndItsNewEpochsAdvanceItsSummary() {
        List<EpochRecord> first = List.of(validationLoss(1, 0.9, 100), validationLoss(2, 0.4, 200));
        List<EpochRecord> then = List.of(validationLoss(3, 0.4, 300), validationLoss(4, null, 400));
        ComparedRun stored = TestRuns.run("live", LAYERS, new SgdSpec(0.1, 0.5), 1, 10, first);
        ComparisonState state = new ComparisonState(List.of(stored), 40, BY_EPOCH);

        state.followFromStart(stored);
        assertThat(state.find("live").summary()).isEqualTo(EpochSummary.EMPTY);
        assertThat(state.find("live").history()).isEmpty();
        state.addEpochs(stored, first);
        state.addEpochs(stored, then);

        ComparedRun live = state.find("live");
        assertThat(live.history()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4);
        assertThat(live.summary()).isEqualTo(new EpochSummary(4, 400, null, null, 0.4, 2, null, null));
        Outcome outcome = Outcome.of(live);
        assertThat(outcome.epochs()).isEqualTo(4);
        assertThat(outcome.bestValidationLossEpoch()).isEqualTo(2);
        assertThat(outcome.finalValidationLoss()).isNull();
        assertThat(state.pointsPerCurve()).as("the runs asked for, not those found").isEqualTo(Curves.pointsPerCurve(40)).isEqualTo(125)
                .isNotEqualTo(Curves.pointsPerCurve(1));
    }
}
