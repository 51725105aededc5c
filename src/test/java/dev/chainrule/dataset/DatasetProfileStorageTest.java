package dev.chainrule.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.data.CsvImporter;
import dev.chainrule.data.DatasetProfile;
import dev.chainrule.data.ImportLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** An upload's profile is computed once, when it is stored, and again only for another importer version. */
@SpringBootTest
@ActiveProfiles("test")
class DatasetProfileStorageTest {
    @Autowired
    AccountService accounts;

    private Visitor me() {
        return People.person(accounts, "tester");
    }

    static final byte[] CSV = "weight,colour,fruit\n150,red,apple\n170,green,apple\n200,orange,orange\n210,,orange\n"
            .getBytes(UTF_8);

    @Autowired
    DatasetService datasets;
    @Autowired
    JdbcTemplate database;

    @Test
    void anUploadsProfileIsStoredWithTheImporterVersionAndReadBack() {
        Dataset saved = datasets.upload(me(), "fruit.csv", CSV);
        DatasetChoice choice = datasets.choice(me(), "upload:" + saved.getId());
        DatasetProfile computed = DatasetProfile.of(CsvImporter.parse(CSV, "fruit.csv", ImportLimits.DEFAULTS));

        assertThat(datasets.profile(choice)).isEqualTo(computed);
        assertThat(database.queryForObject("SELECT importer_version FROM dataset WHERE id = ?", Integer.class, saved.getId()))
                .isEqualTo(CsvImporter.VERSION);

        // Read, not computed: what the row holds is what comes back.
        DatasetProfile marked = new DatasetProfile("marked.csv", computed.delimiter(), computed.header(),
                computed.byteOrderMark(), computed.rows(), computed.columns(), computed.defaultTarget(),
                computed.inferredTask());
        database.update("UPDATE dataset SET columns = ? WHERE id = ?", ProfileJson.write(marked), saved.getId());
        assertThat(datasets.profile(choice)).isEqualTo(marked);
    }

    @Test
    void aProfileFromAnotherImporterVersionOrNoneIsComputedAgainAndStored() {
        Dataset saved = datasets.upload(me(), "other.csv", "a,b\n1,2\n3,4\n5,7\n".getBytes(UTF_8));
        DatasetChoice choice = datasets.choice(me(), "upload:" + saved.getId());
        DatasetProfile current = datasets.profile(choice);

        for (Integer old : new Integer[] {null, CsvImporter.VERSION - 1}) {
            // what a row from before looks like: the columns list alone (the old format), no or an older version
            database.update("UPDATE dataset SET columns = '[]', importer_version = ? WHERE id = ?", old, saved.getId());

            assertThat(datasets.profile(choice)).as("version %s", old).isEqualTo(current);
            assertThat(database.queryForObject("SELECT importer_version FROM dataset WHERE id = ?", Integer.class,
                    saved.getId())).isEqualTo(CsvImporter.VERSION);
            assertThat(ProfileJson.read(database.queryForObject("SELECT columns FROM dataset WHERE id = ?", String.class,
                    saved.getId()))).isEqualTo(current);
        }
    }

    @Test
    void aBuiltInDatasetsProfileIsComputedOnce() {
        DatasetChoice iris = datasets.choice(me(), "builtin:iris");
        DatasetProfile first = datasets.profile(iris);

        assertThat(datasets.profile(iris)).isSameAs(first);
        assertThat(first.rows()).isEqualTo(150);
    }

    @Test
    void aRenameChangesOnlyTheName() {
        Dataset saved = datasets.upload(me(), "named.csv", "a,b\n1,2\n3,5\n".getBytes(UTF_8));
        datasets.rename(me(), saved.getId(), "New name");

        assertThat(datasets.choice(me(), "upload:" + saved.getId()).name()).isEqualTo("New name");
        assertThat(database.queryForObject("SELECT importer_version FROM dataset WHERE id = ?", Integer.class,
                saved.getId())).isEqualTo(CsvImporter.VERSION);
    }

    @Test
    void aHugeCellIsStoredWithItsSampleShortenedSoTheProfileFitsItsColumn() {
        byte[] csv = ("size,note,label\n1," + "w".repeat(2_000_000) + ",a\n2,short,b\n3,short,a\n").getBytes(UTF_8);

        Dataset saved = datasets.upload(me(), "huge-cell.csv", csv);

        DatasetProfile stored = datasets.profile(datasets.choice(me(), "upload:" + saved.getId()));
        assertThat(stored.columns().get(1).samples()).containsExactly("w".repeat(200) + "…", "short");
    }
}
