/**
 * Classes: a person creates a class and is its teacher; students join with its join code (a new account
 * made on the spot, or their own), the teacher keeps the roster, removes students and resets a student's
 * password with a one-time code. Every action takes the {@link dev.chainrule.account.Visitor} who asks,
 * and a class they are not in is {@link dev.chainrule.classroom.NoSuchClassException not found}, like one
 * that does not exist. Assignments: the teacher publishes an experiment to the class as a starting point with
 * locked parts, a parameter budget and the metric that counts; a run for one starts only through
 * {@link dev.chainrule.classroom.AssignmentService#startRun}, which checks those rules on the server.
 *
 * <p>May use {@code account}, {@code training}, {@code run}, {@code dataset}, {@code experiment}, {@code data} and
 * Spring JDBC; knows nothing of the web.
 */
package dev.chainrule.classroom;
