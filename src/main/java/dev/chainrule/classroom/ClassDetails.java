package dev.chainrule.classroom;

import java.util.List;

/**
 * A class as anyone in it sees it: its name, its teacher and the students' display names, nothing
 * private (no join code, no dates, no account numbers); the teacher asks for those separately.
 */
public record ClassDetails(long id, String name, String teacherName, ClassRole role, List<String> classmates) {
    public ClassDetails {
        classmates = List.copyOf(classmates);
    }

    public boolean isTeacher() {
        return role == ClassRole.TEACHER;
    }
}
