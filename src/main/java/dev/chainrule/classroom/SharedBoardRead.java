package dev.chainrule.classroom;

import dev.chainrule.classroom.BoardTables.StoredRun;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The board's one heavy read (an assignment's runs with their best values), shared by everyone who looks at the same
 * assignment within {@link #FRESH_MS}: every open board asks every 0.8 s, and thirty of them asking on their own
 * took about 18 ms of a server's core each time. Who may see which of those runs is still decided per person, by
 * {@link BoardService}, on every read. A run made for the assignment on this server is seen at once
 * ({@link #forget}); anything else (an epoch, an end, a run started on another server) at most this much later.
 */
@Component
class SharedBoardRead {
    /** How long one read serves: well under the board's poll, so a board is never two polls behind. */
    static final long FRESH_MS = 250;
    /** Reads older than this are dropped when another is kept, so boards closed long ago hold nothing. */
    private static final long KEPT_MS = 60_000;

    private record Key(long assignmentId, AssignmentMetric metric) {
    }

    private record Read(long atMs, List<StoredRun> runs) {
    }

    private final BoardTables tables;
    private final LongSupplier clockMs;
    private final Map<Key, Read> reads = new ConcurrentHashMap<>();

    @Autowired
    SharedBoardRead(BoardTables tables) {
        this(tables, () -> System.nanoTime() / 1_000_000);
    }

    SharedBoardRead(BoardTables tables, LongSupplier clockMs) {
        this.tables = tables;
        this.clockMs = clockMs;
    }

    /** The assignment's runs, newest first, read now or at most {@link #FRESH_MS} ago; one reader at a time reads them. */
    List<StoredRun> runs(long assignmentId, AssignmentMetric metric) {
        long now = clockMs.getAsLong();
        Key key = new Key(assignmentId, metric);
        Read read = reads.get(key);
        if (read != null && now - read.atMs() < FRESH_MS) {
            return read.runs();
        }
        // compute: boards asking at the same moment wait for one query instead of each sending their own
        Read fresh = reads.compute(key, (k, old) -> old != null && now - old.atMs() < FRESH_MS ? old
                : new Read(clockMs.getAsLong(), tables.runs(assignmentId, metric)));
        reads.values().removeIf(old -> now - old.atMs() > KEPT_MS);
        return fresh.runs();
    }

    /** Reads the assignment's runs anew next time: a run was just made for it here. */
    void forget(long assignmentId) {
        reads.keySet().removeIf(key -> key.assignmentId() == assignmentId);
    }
}
