/**
 * Sharing: the read-only page a share link opens ({@code /s/{token}}, no account needed, live while
 * the run trains, with a Fork button), the owner's Share dialog, and the filter that keeps the
 * token out of Referer headers.
 */
package dev.chainrule.ui.share;
