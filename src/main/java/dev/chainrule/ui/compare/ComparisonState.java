package dev.chainrule.ui.compare;

import dev.chainrule.compare.Band;
import dev.chainrule.compare.ComparedRun;
import dev.chainrule.compare.Comparison;
import dev.chainrule.compare.Curves;
import dev.chainrule.compare.Group;
import dev.chainrule.compare.Groups;
import dev.chainrule.compare.Metric;
import dev.chainrule.run.EpochRecord;
import dev.chainrule.run.EpochSummary;
import dev.chainrule.run.RunDetails;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the comparison page shows, shared by its parts: the runs in their order (a live run's history
 * grows as its epochs arrive), what the controls chose, and which runs or groups the legend hides.
 * A run's colour is its place in the comparison; a group's, its place among the groups.
 */
final class ComparisonState {
    private final List<ComparedRun> runs;
    private final int runsAsked;
    private CompareControls.Choice choice;
    private final Set<String> hidden = new HashSet<>();

    /** @param runsAsked {@link Comparison#runsAsked()}: the runs' curves were loaded thinned for that many */
    ComparisonState(List<ComparedRun> runs, int runsAsked, CompareControls.Choice choice) {
        this.runs = new ArrayList<>(runs);
        this.runsAsked = runsAsked;
        this.choice = choice;
    }

    List<ComparedRun> runs() {
        return List.copyOf(runs);
    }

    int runsAsked() {
        return runsAsked;
    }

    /** About how many points each run's curves draw: as many as were loaded ({@link Comparison#pointsPerCurve()}). */
    int pointsPerCurve() {
        return Curves.pointsPerCurve(runsAsked);
    }

    CompareControls.Choice choice() {
        return choice;
    }

    void choose(CompareControls.Choice newChoice) {
        if (!Objects.equals(newChoice.groupBy(), choice.groupBy())) {
            hidden.clear(); // the legend's entries change between runs and groups
        }
        choice = newChoice;
    }

    Set<String> hidden() {
        return Set.copyOf(hidden);
    }

    void setShown(String key, boolean shown) {
        if (shown) {
            hidden.remove(key);
        } else {
            hidden.add(key);
        }
    }

    String color(ComparedRun run) {
        return RunColors.of(runs.indexOf(find(run.key())));
    }

    /** A run that still trains starts with no history: its follower brings every epoch so far, then each new one. */
    ComparedRun followFromStart(ComparedRun run) {
        ComparedRun empty = run.with(new RunDetails(run.details().run(), run.spec(), new ArrayList<>()), EpochSummary.EMPTY);
        replace(empty);
        return empty;
    }

    /**
     * A live run's new epochs join its history (the list it was given by {@link #followFromStart}) and advance its
     * summary, so its outcome follows.
     */
    void addEpochs(ComparedRun run, List<EpochRecord> epochs) {
        ComparedRun current = find(run.key());
        current.history().addAll(epochs);
        replace(current.with(current.details(), current.summary().plus(epochs)));
    }

    /** The run as read again (it ended): same place, same colour. */
    void replace(ComparedRun updated) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).key().equals(updated.key())) {
                runs.set(i, updated);
            }
        }
    }

    ComparedRun find(String key) {
        return runs.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run " + key + " in this comparison"));
    }

    /** The legend: the runs, or the groups when grouped ("g0", "g1", … by the groups' order). */
    List<CompareChart.ChartRun> legendEntries() {
        List<CompareChart.ChartRun> entries = new ArrayList<>();
        if (choice.groupBy() == null) {
            for (int i = 0; i < runs.size(); i++) {
                entries.add(new CompareChart.ChartRun(runs.get(i).key(), runs.get(i).label(), RunColors.of(i)));
            }
            return entries;
        }
        List<Group> groups = groups();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            entries.add(new CompareChart.ChartRun(groupKey(i), g.value() + " (" + g.runs().size()
                    + (g.runs().size() == 1 ? " run)" : " runs)"), RunColors.of(i)));
        }
        return entries;
    }

    List<Group> groups() {
        return choice.groupBy() == null ? List.of() : Groups.by(choice.groupBy(), runs);
    }

    /** Each group's mean and min–max band of {@code metric}. */
    List<CompareChart.BandSeries> bands(Metric metric, int layer) {
        List<CompareChart.BandSeries> bands = new ArrayList<>();
        List<CompareChart.ChartRun> entries = legendEntries();
        List<Group> groups = groups();
        for (int i = 0; i < groups.size(); i++) {
            Band band = Groups.band(groups.get(i), metric, layer, choice.x(), pointsPerCurve());
            CompareChart.ChartRun entry = entries.get(i);
            bands.add(new CompareChart.BandSeries(entry.key(), entry.label(), entry.color(), band.x(), band.mean(),
                    band.min(), band.max()));
        }
        return bands;
    }

    static String groupKey(int index) {
        return "g" + index;
    }
}
