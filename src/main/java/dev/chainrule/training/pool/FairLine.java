package dev.chainrule.training.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A line in which groups take turns rather than first come, first served: priority items first, in order of
 * arrival; then one item of each group in turn, the group served longest ago first (a group not served yet
 * before any that was, in order of its oldest item's arrival); a group's own items in order of arrival. Both
 * the queue for a place to train ({@link TrainingExecutor}) and the wait for a CPU slot ({@link CpuTurns}) are
 * such a line.
 *
 * <p>Not thread-safe: its owner guards it with its own lock.
 */
final class FairLine<T> {
    /*
     * Groups remembered after they were served. Forgetting the one served longest ago changes little: its old
     * turn sorted it before every remembered group anyway, and "never served" does the same.
     */
    private static final int REMEMBERED_GROUPS = 4_096;

    private record Entry<T>(T item, Share share, long arrival) {
    }

    private long arrivals;
    private long services;
    private final List<Entry<T>> priority = new ArrayList<>();
    private final Map<String, ArrayDeque<Entry<T>>> groups = new HashMap<>();
    // when each group was last served, eldest first (a group served again moves to the end)
    private final Map<String, Long> lastServed = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED_GROUPS;
        }
    };

    void add(T item, Share share) {
        Entry<T> entry = new Entry<>(item, share, arrivals++);
        if (share.priority()) {
            priority.add(entry);
        } else {
            groups.computeIfAbsent(share.group(), g -> new ArrayDeque<>()).addLast(entry);
        }
    }

    boolean isEmpty() {
        return priority.isEmpty() && groups.isEmpty();
    }

    int size() {
        return priority.size() + groups.values().stream().mapToInt(ArrayDeque::size).sum();
    }

    /** Who goes next, or null when the line is empty. */
    T next() {
        if (!priority.isEmpty()) {
            return priority.get(0).item();
        }
        return groups.entrySet().stream().min(groupOrder()).map(e -> e.getValue().peekFirst().item()).orElse(null);
    }

    /** Takes {@code item} out of the line as served: its group's turn is spent (unless it had priority). */
    void served(T item) {
        Entry<T> entry = take(item);
        if (entry != null && !entry.share().priority()) {
            lastServed.remove(entry.share().group());
            lastServed.put(entry.share().group(), ++services);
        }
    }

    /** Takes the next item out of the line as served; null when the line is empty. */
    T serveNext() {
        T item = next();
        if (item != null) {
            served(item);
        }
        return item;
    }

    /** Takes {@code item} out of the line without a turn (it gave up waiting); false when it was not in line. */
    boolean remove(T item) {
        return take(item) != null;
    }

    /**
     * The order the line would serve its items in if nobody else came: priority items, then round after round
     * one item of each group, the groups in the order they go next. After its turn a group was served most
     * recently, so the groups keep that order from round to round.
     */
    List<T> order() {
        List<T> order = new ArrayList<>();
        priority.forEach(e -> order.add(e.item()));
        List<Iterator<Entry<T>>> rounds = groups.entrySet().stream().sorted(groupOrder())
                .map(e -> e.getValue().iterator()).toList();
        boolean any = true;
        while (any) {
            any = false;
            for (Iterator<Entry<T>> group : rounds) {
                if (group.hasNext()) {
                    order.add(group.next().item());
                    any = true;
                }
            }
        }
        return order;
    }

    /** 1 for the next to be served, 2 after it, …; empty when {@code item} is not in line. */
    OptionalInt placeOf(T item) {
        List<T> order = order();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).equals(item)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    // served longest ago first; never served before any that was, among them the oldest waiting item first
    private Comparator<Map.Entry<String, ArrayDeque<Entry<T>>>> groupOrder() {
        return Comparator.<Map.Entry<String, ArrayDeque<Entry<T>>>>comparingLong(
                        e -> lastServed.getOrDefault(e.getKey(), -1L))
                .thenComparingLong(e -> e.getValue().peekFirst().arrival());
    }

    private Entry<T> take(T item) {
        for (Iterator<Entry<T>> it = priority.iterator(); it.hasNext(); ) {
            Entry<T> entry = it.next();
            if (entry.item().equals(item)) {
                it.remove();
                return entry;
            }
        }
        for (Iterator<ArrayDeque<Entry<T>>> groupIt = groups.values().iterator(); groupIt.hasNext(); ) {
            ArrayDeque<Entry<T>> group = groupIt.next();
            for (Iterator<Entry<T>> it = group.iterator(); it.hasNext(); ) {
                Entry<T> entry = it.next();
                if (entry.item().equals(item)) {
                    it.remove();
                    if (group.isEmpty()) {
                        groupIt.remove();
                    }
                    return entry;
                }
            }
        }
        return null;
    }
}
