/**
 * Classes: a person creates a class and is its teacher; students join with its join code (a new account
 * made on the spot, or their own), the teacher keeps the roster, removes students and resets a student's
 * password with a one-time code. Every action takes the {@link dev.chainrule.account.Visitor} who asks,
 * and a class they are not in is {@link dev.chainrule.classroom.NoSuchClassException not found}, like one
 * that does not exist.
 *
 * <p>May use {@code account} and Spring JDBC; knows nothing of the web.
 */
package dev.chainrule.classroom;
