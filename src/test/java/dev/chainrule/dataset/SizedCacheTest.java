package dev.chainrule.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.data.CsvImporter;
import dev.chainrule.data.ImportLimits;
import dev.chainrule.data.RawTable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Caches bounded by bytes (issue 10, item 6): a few big values cannot fill the heap. */
class SizedCacheTest {

    @Test
    void evictsTheLeastRecentlyUsedUntilTheBytesFit() {
        SizedCache<String, byte[]> cache = new SizedCache<>(100, v -> v.length);
        cache.put("a", new byte[40]);
        cache.put("b", new byte[40]);
        cache.get("a"); // now b is the least recently used
        cache.put("c", new byte[40]);
        assertThat(cache.keys()).containsExactly("a", "c");
        assertThat(cache.bytes()).isEqualTo(80);
        cache.put("d", new byte[90]);
        assertThat(cache.keys()).containsExactly("d");
        assertThat(cache.bytes()).isEqualTo(90);
    }

    @Test
    void keepsNothingLargerThanItsWholeBudgetAndCountsReplacementsOnce() {
        SizedCache<String, byte[]> cache = new SizedCache<>(100, v -> v.length);
        cache.put("a", new byte[30]);
        cache.put("a", new byte[50]);
        assertThat(cache.bytes()).isEqualTo(50);
        cache.put("huge", new byte[101]);
        assertThat(cache.get("huge")).isNull();
        assertThat(cache.bytes()).isLessThanOrEqualTo(100);
        cache.remove("a");
        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void aTablesEstimateGrowsWithItsCells() {
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < 100; c++) {
            csv.append(c == 0 ? "" : ",").append("x").append(c);
        }
        csv.append(",label\n");
        for (int r = 0; r < 500; r++) {
            for (int c = 0; c < 100; c++) {
                csv.append(c == 0 ? "" : ",").append(r * c % 97);
            }
            csv.append(r % 2 == 0 ? ",yes\n" : ",no\n");
        }
        RawTable table = CsvImporter.parse(csv.toString().getBytes(StandardCharsets.UTF_8), "wide.csv",
                new ImportLimits(20 * ImportLimits.MEGABYTE, 200_000, 1000, 100));
        long bytes = table.estimatedBytes();
        // 100 numeric columns of 500 doubles and one coded text column
        assertThat(bytes).isBetween(100L * 500 * 8 + 500 * 4, 100L * 500 * 8 + 500 * 4 + 40_000);
    }
}
