package dev.chainrule.compare;

import dev.chainrule.engine.spec.LayerSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lines a run's layers up against the reference's by the fewest edits, so that a layer inserted in the
 * middle shows as one added layer, not as every layer after it changed. A layer of the same kind with
 * other units, activation or rate costs one edit (a change); a layer of another kind cannot stand in for
 * one, it is a removal and an addition; equal layers cost nothing.
 */
final class LayerAlignment {
    private static final int IMPOSSIBLE = Integer.MAX_VALUE / 4;

    /** One step of the alignment: a reference layer, a run layer, or both (either index null, not both). */
    record Step(Integer reference, Integer other) {
    }

    private LayerAlignment() {
    }

    static List<Step> align(List<LayerSpec> reference, List<LayerSpec> other) {
        int n = reference.size();
        int m = other.size();
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                cost[i][j] = i == 0 || j == 0 ? i + j : Math.min(
                        Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1),
                        cost[i - 1][j - 1] + substitution(reference.get(i - 1), other.get(j - 1)));
            }
        }
        // Walk back from the end; on ties prefer pairing layers, then removing, so the result does not
        // depend on anything but the layers.
        List<Step> steps = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + substitution(reference.get(i - 1), other.get(j - 1))) {
                steps.add(new Step(--i, --j));
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                steps.add(new Step(--i, null));
            } else {
                steps.add(new Step(null, --j));
            }
        }
        Collections.reverse(steps);
        return steps;
    }

    private static int substitution(LayerSpec a, LayerSpec b) {
        if (a.equals(b)) {
            return 0;
        }
        return a.getClass() == b.getClass() ? 1 : IMPOSSIBLE;
    }
}
