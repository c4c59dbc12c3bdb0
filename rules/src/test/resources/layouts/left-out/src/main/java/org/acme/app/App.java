package org.acme.app;

/** The application. */
public class App {
    /** The answer. */
    public int answer() {
        return 42;
    }
}
