/**
 * Lessons: a prepared comparison of runs with a short text and the point to notice. A lesson is data
 * ({@code chainrule-lesson/1}: a text and one experiment per run, {@link dev.chainrule.lesson.LessonJson}),
 * so the built-in ones (resources {@code lessons/*.json}) are read and tested like any experiment, and a
 * teacher writes a new one by saving runs of their own (table {@code lesson}, owner-checked).
 * {@link dev.chainrule.lesson.LessonService} lists, opens, saves and deletes lessons and starts a lesson's
 * runs through the one launch path ({@code training}), within its queue and the per-person limit.
 *
 * <p>May use {@code training}, {@code run}, {@code dataset}, {@code experiment}, {@code account},
 * {@code data} and Spring Data JDBC; knows nothing of the web.
 */
package dev.chainrule.lesson;
