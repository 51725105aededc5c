package dev.chainrule.run;

/**
 * What a run's page says about the run it came from.
 *
 * @param ownerName null when the parent is the visitor's own run (it is linked); else the name of the
 *                  person who shared it (it was forked: shown as text, there is nothing to open)
 */
public record ParentLabel(long id, String title, String ownerName) {

    public boolean isOwn() {
        return ownerName == null;
    }
}
