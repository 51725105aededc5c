package dev.chainrule.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An upload's name and file name fit their columns (200 and 255 characters): shortened, never refused by the database. */
class DatasetNamesTest {

    @Test
    void aShortFileNameIsKeptAndNamesTheDatasetWithoutItsExtension() {
        assertThat(DatasetService.shorten("exam-results.csv", DatasetService.MAX_FILE_NAME)).isEqualTo("exam-results.csv");
        assertThat(DatasetService.nameFor("exam-results.csv")).isEqualTo("exam-results");
        assertThat(DatasetService.nameFor(".csv")).isEqualTo(".csv");
    }

    @Test
    void aLongNameIsCutAtAWordBoundaryAndMarked() {
        String words = "survey results of the " + "very ".repeat(60) + "long study.csv";

        String name = DatasetService.nameFor(words);
        String file = DatasetService.shorten(words, DatasetService.MAX_FILE_NAME);

        assertThat(name).hasSizeLessThanOrEqualTo(DatasetService.MAX_NAME).endsWith("very…").startsWith("survey results");
        assertThat(file).hasSizeLessThanOrEqualTo(DatasetService.MAX_FILE_NAME).endsWith("very….csv");
    }

    @Test
    void aLongNameWithoutBoundariesIsCutAtACharacterNeverInsideASurrogatePair() {
        String emoji = "\uD83D\uDE00".repeat(300) + ".csv";

        String name = DatasetService.nameFor(emoji);
        String file = DatasetService.shorten(emoji, DatasetService.MAX_FILE_NAME);

        assertThat(name).hasSizeLessThanOrEqualTo(DatasetService.MAX_NAME).endsWith("…");
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 2))).isFalse();
        assertThat(file).hasSizeLessThanOrEqualTo(DatasetService.MAX_FILE_NAME).endsWith("….csv");
        assertThat(Character.isHighSurrogate(file.charAt(file.length() - 6))).isFalse();
    }
}
