package dev.chainrule.data;

import java.nio.charset.StandardCharsets;

/** Test helper: import CSV text under the default limits. */
public final class Csv {

    private Csv() {
    }

    public static RawTable parse(String text) {
        return CsvImporter.parse(text.getBytes(StandardCharsets.UTF_8), "test.csv", ImportLimits.DEFAULTS);
    }

    public static RawTable parse(byte[] bytes) {
        return CsvImporter.parse(bytes, "test.csv", ImportLimits.DEFAULTS);
    }
}
