package com.example.api;

/** Base class of payment event handlers. */
public abstract class AbstractHandler { // expect: context/undocumented-public-api "Public abstract class 'AbstractHandler' has no Javadoc on public methods handle(String), reset()"

    public abstract void handle(String event);

    public abstract void reset();

    /** Whether this handler wants {@code event}. */
    public boolean accepts(String event) {
        return true;
    }

    public void setRetries(int retries) {
    }

    @Override
    public String toString() {
        return "handler";
    }

    void internal() {
    }
}
