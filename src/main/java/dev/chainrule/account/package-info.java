/**
 * People: accounts (a name and a password, no e-mail), who is asking ({@link dev.chainrule.account.Visitor}),
 * password rules, log-in throttling, and the first administrator, who receives the runs and
 * datasets from before accounts existed.
 *
 * <p>May use Spring Security and Spring Data JDBC; knows nothing of runs, datasets or the web
 * (the rooms above ask it who someone is, never the other way round).
 */
package dev.chainrule.account;
