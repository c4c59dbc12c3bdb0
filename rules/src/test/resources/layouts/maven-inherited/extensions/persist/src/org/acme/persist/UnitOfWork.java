package org.acme.persist;

/** Groups changes. */
public class UnitOfWork {
    private int changes;

    /** Records one change. */
    public void change() {
        changes++;
    }

    /** How many changes were recorded. */
    public int changes() {
        return changes;
    }
}
