package dev.chainrule.data.prepare;

/**
 * What to do with missing feature values (empty, NA, NaN, ?). A row whose target is missing is
 * always dropped: a made-up target would teach the network something the data never said.
 */
public enum MissingValueRule {
    /** Drop every row with a missing value in a used column. */
    DROP_ROWS,
    /** Fill numeric features with the training mean, categorical ones with the most frequent training value. */
    IMPUTE
}
