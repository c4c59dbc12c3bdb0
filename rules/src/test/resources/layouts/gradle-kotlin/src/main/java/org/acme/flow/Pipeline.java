package org.acme.flow;

/** Runs steps in order. */
public class Pipeline {
    private int steps;

    /** Adds a step. */
    public Pipeline then() {
        steps++;
        return this;
    }

    /** How many steps were added. */
    public int steps() {
        return steps;
    }
}
