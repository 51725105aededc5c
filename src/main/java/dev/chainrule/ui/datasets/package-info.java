/** The Datasets page: the library, uploads with their messages, a dataset's columns, preview and scatter plot. */
package dev.chainrule.ui.datasets;
