/**
 * The Lessons pages: {@code /lessons} lists the built-in lessons and the visitor's own; {@code /lessons/{id}}
 * shows one, its text, its runs and Start, which trains them for the person and opens their comparison
 * with the point to notice. Anyone may read a built-in lesson; starting one needs an account, as every run kept does.
 */
package dev.chainrule.ui.lesson;
