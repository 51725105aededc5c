/** The seed example's page: the worked 2-2-1 network with its numbers, trained at a watchable pace. */
package dev.chainrule.ui.seed;
