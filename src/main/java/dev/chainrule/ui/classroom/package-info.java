/**
 * The class pages: {@code /classes} (a person's classes, teaching and studying; create one; type a join code),
 * {@code /classes/{id}} (the class's assignments, with the teacher's New assignment…, Edit and Delete; the teacher's
 * desk: code, link, roster; a student's view: name, teacher, classmates),
 * {@code /join} and {@code /join/{code}} (joining, with a new account or one's own) and {@code /reset}
 * (a new password with a teacher's one-time code). Every name a person typed is shown as text.
 */
package dev.chainrule.ui.classroom;
