/**
 * The dataset library: the built-in datasets and people's uploads (original bytes, checksum,
 * column profile stored with the importer version that computed it, so it is profiled once),
 * parsed tables cached by size. An upload is parsed before anything is
 * stored, so a bad file stores nothing.
 *
 * <p>May use {@code data} (import and preparation) and Spring Data JDBC; nothing of runs or the web.
 */
package dev.chainrule.dataset;
