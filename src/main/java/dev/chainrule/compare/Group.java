package dev.chainrule.compare;

import java.util.List;

/** The runs of a comparison that share one value of a setting, e.g. every run with "Adam". */
public record Group(String value, List<ComparedRun> runs) {
    public Group {
        runs = List.copyOf(runs);
    }
}
