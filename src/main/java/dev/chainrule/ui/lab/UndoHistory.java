package dev.chainrule.ui.lab;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The states a design went through, for undo and redo. It keeps whole states (values, never the
 * editors showing them), so an undo gives back exactly what was there, and at most {@code limit}
 * of them: the oldest edits are forgotten first.
 *
 * @param <S> one state of the design; equal states count as no edit
 */
final class UndoHistory<S> {
    private final int limit;
    private final Deque<S> undo = new ArrayDeque<>();
    private final Deque<S> redo = new ArrayDeque<>();
    private S current;

    UndoHistory(S start, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo history keeps at least one state, was " + limit);
        }
        this.current = Objects.requireNonNull(start);
        this.limit = limit;
    }

    /**
     * The design is now {@code state}: the one before becomes undoable, and what was undone can no
     * longer be redone (a new edit starts a new branch). A state equal to the current one changes nothing.
     *
     * @return whether this was an edit
     */
    boolean record(S state) {
        if (current.equals(state)) {
            return false;
        }
        push(undo, current);
        redo.clear();
        current = state;
        return true;
    }

    /** A new start with nothing to undo or redo, e.g. when a saved experiment is opened. */
    void reset(S state) {
        undo.clear();
        redo.clear();
        current = Objects.requireNonNull(state);
    }

    /** The state before the last edit, now current; empty when there is nothing to undo. */
    Optional<S> undo() {
        return step(undo, redo);
    }

    /** The state the last undo left, now current again; empty when there is nothing to redo. */
    Optional<S> redo() {
        return step(redo, undo);
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Goes back (or forward) one state: the current one is kept on the other side, to step back again. */
    private Optional<S> step(Deque<S> from, Deque<S> to) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        push(to, current);
        current = from.pop();
        return Optional.of(current);
    }

    private void push(Deque<S> states, S state) {
        states.push(state);
        if (states.size() > limit) {
            states.removeLast();
        }
    }
}
