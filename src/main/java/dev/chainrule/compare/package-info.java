/**
 * Comparisons: several runs side by side, each the visitor's own or opened through a share link; their
 * curves on common axes (smoothed, thinned), their settings lined up (layers aligned), their outcomes,
 * and runs grouped by a setting they differ in (mean and spread), as a page shows them or a CSV file
 * carries them.
 *
 * <p>Access is checked here, in {@link dev.chainrule.compare.CompareService}, through the checks of
 * {@code run} (own runs) and {@code share} (tokens); everything else in the room is plain computation on
 * runs already let in. May use {@code share}, {@code training}, {@code run}, {@code dataset},
 * {@code experiment}, {@code account}, {@code data} and {@code engine}; knows nothing of the web.
 */
package dev.chainrule.compare;
