package com.example;

/** One reminder copied onto every overload is a single piece of unfinished work. */
public class Overloads {

    public void check(boolean condition) {
        // TODO when the API may break, return the checked value
        if (!condition) {
            throw new IllegalArgumentException();
        }
    }

    public void check(Object value) {
        // TODO when the API may break, return the checked value
        if (value == null) {
            throw new IllegalArgumentException();
        }
    }

    public void check(String text) {
        //   TODO  When the API may break, return the checked value
        if (text.isEmpty()) {
            throw new IllegalArgumentException();
        }
    }

    public Object stub() {
        // TODO Auto-generated method stub
        return null;
    }

    public Object otherStub() {
        // TODO Auto-generated method stub
        return null;
    }
}
