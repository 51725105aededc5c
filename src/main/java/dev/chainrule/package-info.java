/**
 * Chainrule: a neural-network lab that runs in the browser and trains on the server. {@code Application}
 * is the one entry point: a command word ({@code train}, {@code bench}, or a mistyped one) goes to
 * {@code cli} without starting the server; anything else starts the web app. docs/ARCHITECTURE.md
 * maps the packages below.
 */
package dev.chainrule;
