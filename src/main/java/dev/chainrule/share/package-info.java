/**
 * Share links and forks: a run's owner makes a link ({@code /s/{token}}) that anyone may open to
 * watch the run, read-only and live while it trains, and withdraw it again; a signed-in visitor
 * forks a shared run into their own Lab and library. A comparison link
 * ({@link dev.chainrule.share.ComparisonShareService}) shows several of its owner's runs side by side,
 * exactly those and nothing else.
 *
 * <p>The one room that opens a run for someone who does not own it: it checks the token, then
 * uses the unchecked reads of {@code run}, {@code dataset} and {@code training}. May use those,
 * {@code experiment}, {@code account} and Spring Data JDBC; knows nothing of the web.
 */
package dev.chainrule.share;
