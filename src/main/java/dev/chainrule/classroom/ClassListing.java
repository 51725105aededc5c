package dev.chainrule.classroom;

/** One of a person's classes, as their list of classes shows it. */
public record ClassListing(long id, String name, String teacherName, ClassRole role, int students) {
}
