package dev.chainrule.dataset;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used cache bounded by an estimate of its values' bytes, not by their count:
 * a few large values (a 1,000-column table, the weights of a big network) cannot fill the heap
 * the way a count limit lets them. A value larger than the whole budget is not kept. Thread-safe.
 */
public final class SizedCache<K, V> {
    private final long maxBytes;
    private final ToLongFunction<V> sizer;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    private record Entry<V>(V value, long bytes) {
    }

    /** @param sizer estimates a value's bytes on the heap */
    public SizedCache(long maxBytes, ToLongFunction<V> sizer) {
        this.maxBytes = maxBytes;
        this.sizer = sizer;
    }

    /** The value, now the most recently used; null when absent. */
    public synchronized V get(K key) {
        Entry<V> e = entries.get(key);
        return e == null ? null : e.value();
    }

    /** Keeps the value, dropping the least recently used ones until the budget holds. */
    public synchronized void put(K key, V value) {
        remove(key);
        long size = Math.max(0, sizer.applyAsLong(value));
        entries.put(key, new Entry<>(value, size));
        bytes += size;
        for (Iterator<Entry<V>> it = entries.values().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().bytes();
            it.remove();
        }
    }

    public synchronized void remove(K key) {
        Entry<V> e = entries.remove(key);
        if (e != null) {
            bytes -= e.bytes();
        }
    }

    /** The estimated bytes of what is kept. */
    public synchronized long bytes() {
        return bytes;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** A copy of the keys, least recently used first. */
    public synchronized java.util.List<K> keys() {
        return java.util.List.copyOf(entries.keySet());
    }

    /** @return the megabytes as bytes */
    public static long megabytes(long megabytes) {
        return megabytes * 1024 * 1024;
    }

    @Override
    public synchronized String toString() {
        return "SizedCache" + Map.of("entries", entries.size(), "bytes", bytes, "maxBytes", maxBytes);
    }
}
