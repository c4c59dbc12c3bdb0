package com.example;

/** Markers saying the code is wrong alone reach the minimum: a warning. */
public class Legacy {

    // FIXME leaks the connection // expect: hygiene/todo-density
    void open() {
        // HACK retry twice because the driver is flaky
    }

    // FIXME not thread-safe
    void close() {
    }
}
