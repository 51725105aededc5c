package dev.chainrule.run;

/** A dataset as a filter offers it: the key runs store, the name people read. */
public record DatasetLabel(String key, String name) {
}
