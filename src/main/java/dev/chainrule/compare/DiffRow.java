package dev.chainrule.compare;

import java.util.List;

/**
 * One setting across the runs of a comparison: a cell per run, in their order, the reference first.
 *
 * @param differs true when some run's cell is not {@link Change#SAME}
 */
public record DiffRow(String setting, List<DiffCell> cells, boolean differs) {
    public DiffRow {
        cells = List.copyOf(cells);
    }
}
