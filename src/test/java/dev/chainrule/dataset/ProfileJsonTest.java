package dev.chainrule.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.data.BuiltInDataset;
import dev.chainrule.data.BuiltInDatasets;
import dev.chainrule.data.ColumnProfile;
import dev.chainrule.data.ColumnType;
import dev.chainrule.data.Csv;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.engine.spec.Task;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored profile reads back as the very record that was stored: every double to the last bit. */
class ProfileJsonTest {

    @Test
    void everyBuiltInDatasetsProfileRoundTrips() {
        for (BuiltInDataset d : BuiltInDatasets.all()) {
            DatasetProfile profile = DatasetProfile.of(d.load());
            assertThat(ProfileJson.read(ProfileJson.write(profile))).as(d.id()).isEqualTo(profile);
        }
    }

    @Test
    void awkwardValuesRoundTrip() {
        StringBuilder csv = new StringBuilder("\uFEFF\"na;me\";\"say \"\"hi\"\"\";id;tiny;y\n");
        for (int i = 0; i < 120; i++) {
            // decimal commas, values with no short decimal form, one missing cell, 120 distinct ids (ignored)
            csv.append(i % 3 == 0 ? "NA" : (i * 0.1 + 0.2) + "").append(';')
                    .append(i % 2 == 0 ? "caf\u00e9 \u201cx\u201d" : "line\\nbreak").append(';')
                    .append("user").append(i).append(';')
                    .append(String.valueOf(1e-300 * (i + 1)).replace('.', ',')).append(';')
                    .append(i % 2).append('\n');
        }
        DatasetProfile profile = DatasetProfile.of(Csv.parse(csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(profile.byteOrderMark()).isTrue();
        assertThat(profile.columns()).extracting(ColumnProfile::type).contains(ColumnType.IGNORED);

        assertThat(ProfileJson.read(ProfileJson.write(profile))).isEqualTo(profile);
    }

    @Test
    void nullsAndExtremeNumbersRoundTrip() {
        DatasetProfile profile = new DatasetProfile("f.csv", "tab", false, false, 3,
                List.of(new ColumnProfile("a", ColumnType.NUMERIC, true, 0, 3, -Double.MAX_VALUE, Double.MIN_VALUE,
                                0.1 + 0.2, List.of("1"), null),
                        new ColumnProfile("b", ColumnType.CATEGORICAL, false, 2, 1, null, null, null, List.of(), "why")),
                "b", Task.MULTICLASS);

        assertThat(ProfileJson.read(ProfileJson.write(profile))).isEqualTo(profile);
    }
}
