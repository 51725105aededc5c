package dev.chainrule.classroom;

/** What the person asking is in a class. A person may teach some classes and be a student in others. */
public enum ClassRole { TEACHER, STUDENT }
