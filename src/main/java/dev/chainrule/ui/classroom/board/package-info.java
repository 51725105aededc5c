/**
 * The class board, {@code /assignments/{id}/board}: an assignment's runs and leaderboard as
 * {@link dev.chainrule.classroom.BoardService} reads them, read again every second while the page is open; the
 * teacher's ticks open the comparison or the presentation. Names and titles people typed are shown as text.
 */
package dev.chainrule.ui.classroom.board;
