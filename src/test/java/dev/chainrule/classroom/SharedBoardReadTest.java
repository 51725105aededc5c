package dev.chainrule.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.classroom.BoardTables.StoredRun;
import dev.chainrule.run.RunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Boards looking at one assignment within a quarter of a second share one read; who sees what is not decided here. */
class SharedBoardReadTest {
    private final AtomicLong clock = new AtomicLong(1_000);
    private final List<String> queries = new ArrayList<>();
    /** The runs the database holds now, one more each time the test starts one. */
    private final List<StoredRun> stored = new ArrayList<>();
    private final BoardTables tables = new BoardTables(null) {
        @Override
        List<StoredRun> runs(long assignmentId, AssignmentMetric metric) {
            queries.add(assignmentId + " " + metric);
            return List.copyOf(stored);
        }
    };
    private final SharedBoardRead shared = new SharedBoardRead(tables, clock::get);

    @Test
    void boardsLookingWithinTheFreshTimeShareOneReadAndALaterLookReadsAgain() {
        stored.add(run(1));
        assertThat(shared.runs(7, AssignmentMetric.VALIDATION_LOSS)).extracting(StoredRun::runId).containsExactly(1L);
        stored.add(run(2)); // e.g. an epoch or a run stored by another server
        clock.addAndGet(SharedBoardRead.FRESH_MS - 1);
        assertThat(shared.runs(7, AssignmentMetric.VALIDATION_LOSS)).extracting(StoredRun::runId).containsExactly(1L);
        assertThat(queries).hasSize(1);

        clock.addAndGet(1);
        assertThat(shared.runs(7, AssignmentMetric.VALIDATION_LOSS)).extracting(StoredRun::runId).containsExactly(1L, 2L);
        assertThat(queries).hasSize(2);
    }

    @Test
    void anotherAssignmentOrMetricIsReadOnItsOwn() {
        shared.runs(7, AssignmentMetric.VALIDATION_LOSS);
        shared.runs(8, AssignmentMetric.VALIDATION_LOSS);
        shared.runs(7, AssignmentMetric.VALIDATION_ACCURACY);
        shared.runs(7, AssignmentMetric.VALIDATION_LOSS);

        assertThat(queries).containsExactly("7 VALIDATION_LOSS", "8 VALIDATION_LOSS", "7 VALIDATION_ACCURACY");
    }

    @Test
    void aRunMadeForTheAssignmentHereIsSeenAtTheNextLook() {
        shared.runs(7, AssignmentMetric.VALIDATION_LOSS);
        shared.runs(8, AssignmentMetric.VALIDATION_LOSS);
        stored.add(run(3));

        shared.forget(7);

        assertThat(shared.runs(7, AssignmentMetric.VALIDATION_LOSS)).extracting(StoredRun::runId).containsExactly(3L);
        shared.runs(8, AssignmentMetric.VALIDATION_LOSS);
        assertThat(queries).containsExactly("7 VALIDATION_LOSS", "8 VALIDATION_LOSS", "7 VALIDATION_LOSS");
    }

    private static StoredRun run(long id) {
        return new StoredRun(id, 1, "ann", "run " + id, RunStatus.RUNNING, 3, null, Instant.EPOCH, false);
    }
}
