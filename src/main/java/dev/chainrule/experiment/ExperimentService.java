package dev.chainrule.experiment;

import jakarta.annotation.PostConstruct;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads experiments for the views. */
@Service
public class ExperimentService {
    private final ExperimentRepository experiments;
    private final EpochHistory history;

    ExperimentService(ExperimentRepository experiments, EpochHistory history) {
        this.experiments = experiments;
        this.history = history;
    }

    /**
     * Nothing trains right after start-up, so runs still marked active were cut short by a
     * stop of the server: they become "interrupted", their history kept.
     */
    @PostConstruct
    void markRunsCutShortByRestart() {
        experiments.markActiveAsInterrupted("The server stopped during training; the history up to then is kept.");
    }

    public List<Experiment> listNewestFirst() {
        return experiments.findAllByOrderByCreatedAtDescIdDesc();
    }

    public ExperimentDetails details(long id) {
        Experiment experiment = experiments.findById(id).orElseThrow(() -> new ExperimentNotFoundException(id));
        return new ExperimentDetails(experiment, ExperimentJson.read(experiment.getSpec()), history.load(id));
    }
}
