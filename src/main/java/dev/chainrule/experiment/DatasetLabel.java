package dev.chainrule.experiment;

/** A dataset as a filter offers it: the key experiments store, the name people read. */
public record DatasetLabel(String key, String name) {
}
