package dev.chainrule.e2e;

import dev.chainrule.account.Visitor;
import dev.chainrule.dataset.DatasetService;
import dev.chainrule.dataset.DuplicateDatasetException;
import dev.chainrule.engine.spec.Activation;
import dev.chainrule.engine.spec.DenseSpec;
import dev.chainrule.engine.spec.LayerSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmarks' playground workload: the 1,000 circles of ../shared/bench and a 2-8-8-1 tanh network. */
final class Playground {
    static final List<LayerSpec> LAYERS = List.of(new DenseSpec(8, Activation.TANH), new DenseSpec(8, Activation.TANH),
            new DenseSpec(1, Activation.SIGMOID));

    private Playground() {
    }

    /**
     * Puts w2_circles.csv among this person's uploads (once per person and application context) and
     * returns its dataset key, which only this person can train on.
     */
    static String circles(DatasetService datasets, Visitor owner) throws IOException {
        try {
            datasets.upload(owner, "w2_circles.csv", Files.readAllBytes(Path.of("..", "shared", "bench", "data", "w2_circles.csv")));
        } catch (DuplicateDatasetException e) {
            // another benchmark in this application context uploaded it for this person already
        }
        return datasets.choices(owner).stream().filter(c -> c.name().equals("w2_circles")).findFirst().orElseThrow().key();
    }
}
