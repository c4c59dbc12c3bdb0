package com.example;

/** Bare markers without words may each mean something else: all of them count. */
public class Stubs {

    int first() {
        // expect: hygiene/todo-density
        // TODO
        return 1;
    }

    int second() {
        // TODO
        return 2;
    }

    int third() {
        // TODO
        return 3;
    }
}
