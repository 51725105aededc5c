package dev.chainrule.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import dev.chainrule.account.Visitor;
import dev.chainrule.engine.spec.DenseWeights;
import dev.chainrule.experiment.ExperimentJson;
import dev.chainrule.experiment.SeedSpecs;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Final weights are stored as bytes, so the largest network the server accepts (2,000,000
 * parameters) fits and comes back bit for bit; runs stored before, with JSON, are still read.
 */
@SpringBootTest
@ActiveProfiles("test")
class FinalWeightsStorageTest {
    @Autowired
    AccountService accounts;

    private Visitor me() {
        return People.person(accounts, "tester");
    }

    @Autowired
    RunStore store;
    @Autowired
    RunService runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNetworkAtTheParameterLimitIsStoredAndReadBackBitForBit() {
        // 2-1411-1411-1: 1,997,977 parameters, just under the default limit; as JSON about 40 MB
        SplittableRandom random = new SplittableRandom(7);
        List<DenseWeights> weights = List.of(layer(2, 1411, random), layer(1411, 1411, random), layer(1411, 1, random));
        assertThat(weights.stream().mapToLong(w -> (long) w.inputs() * w.units() + w.units()).sum()).isEqualTo(1_997_977);
        long id = store.create(me().accountId(), "Big", ExperimentJson.write(SeedSpecs.seedSpec(1)), null, null);
        EpochRecord last = new EpochRecord(1, 0.5, null, null, null, 0.5, new double[] {0.1, 0.2, 0.3}, 5);

        store.markFinished(id, RunStatus.COMPLETED, null, weights, last);

        assertThat(runs.finalWeights(id)).hasValue(weights); // DenseWeights compare with Arrays.equals: bit for bit but NaN
        assertThat(runs.finalWeightsInputs(id)).hasValue(2);
        assertThat(runs.details(me(), id).run().getStatus()).isEqualTo(RunStatus.COMPLETED);
        Integer stored = jdbc.queryForObject("SELECT OCTET_LENGTH(final_weights_bin) FROM run WHERE id = ?", Integer.class, id);
        assertThat(stored).isEqualTo(8 + 3 * 8 + 8 * 1_997_977);
    }

    @Test
    void aRunStoredBeforeWithJsonWeightsIsStillRead() {
        List<DenseWeights> weights = List.of(new DenseWeights(new double[][] {{0.3, 0.7}, {0.5, 0.2}}, new double[] {0.1, 0.1}),
                new DenseWeights(new double[][] {{0.4}, {0.6}}, new double[] {0.1}));
        long id = store.create(me().accountId(), "Old", ExperimentJson.write(SeedSpecs.seedSpec(1)), null, null);
        jdbc.update("UPDATE run SET status = 'completed', final_weights = ? WHERE id = ?",
                ExperimentJson.writeWeights(weights), id);

        assertThat(runs.finalWeights(id)).hasValue(weights);
        assertThat(runs.finalWeightsInputs(id)).hasValue(2);
    }

    @Test
    void aRunWithoutWeightsHasNone() {
        long id = store.create(me().accountId(), "Failed", ExperimentJson.write(SeedSpecs.seedSpec(1)), null, null);
        store.markFinished(id, RunStatus.FAILED, "Training failed: no", null, null);
        assertThat(runs.finalWeights(id)).isEmpty();
        assertThat(runs.finalWeightsInputs(id)).isEmpty();
    }

    private static DenseWeights layer(int inputs, int units, SplittableRandom random) {
        double[][] w = new double[inputs][units];
        for (double[] row : w) {
            Arrays.setAll(row, i -> random.nextGaussian());
        }
        double[] b = new double[units];
        Arrays.setAll(b, i -> random.nextGaussian());
        return new DenseWeights(w, b);
    }
}
