package dev.chainrule.data;

import dev.chainrule.data.prepare.DataOptions;

/** How a column is used as a feature. Inferred by {@link DatasetProfile}, overridable in {@link DataOptions}. */
public enum ColumnType {
    /** One input unit holding the value (standardised if asked). */
    NUMERIC,
    /** One input unit per distinct value (one-hot), in sorted order of the values. */
    CATEGORICAL,
    /** Not used. */
    IGNORED
}
