/**
 * {@code /present?runs=…}: runs on a projector, without the side menu or any toolbar, opened with exactly the
 * comparison's checks (one's own runs, runs a grant lets one read, runs behind a share link).
 */
package dev.chainrule.ui.present;
