package dev.chainrule.classroom;

/** What a join code leads to, shown before someone joins: which class, whose. */
public record Invitation(long classId, String className, String teacherName, String joinCode) {
}
