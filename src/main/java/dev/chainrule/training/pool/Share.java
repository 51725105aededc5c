package dev.chainrule.training.pool;

import java.util.Objects;

/**
 * Whom a run shares the server with: runs of one group (a class, or one person outside any class) take turns
 * among themselves, and groups take turns with each other, for a place to train and for the CPU. So a class of
 * thirty gets as much as one outsider, not thirty times as much.
 *
 * @param group    the group's key, e.g. {@code class:12}, or a person's own key
 * @param priority goes before every group (a teacher's demonstration the class is waiting to watch); it does
 *                 not spend its group's turn
 */
public record Share(String group, boolean priority) {
    /** Long enough for any key the server makes ("class:", "account:", a session id); bounds what is remembered. */
    static final int MAX_GROUP_LENGTH = 200;

    public Share {
        Objects.requireNonNull(group, "group");
        if (group.isBlank() || group.length() > MAX_GROUP_LENGTH) {
            throw new IllegalArgumentException("a share group is a key of 1 to " + MAX_GROUP_LENGTH
                    + " characters, e.g. class:12; was " + group.length() + " characters");
        }
    }
}
