package com.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * As complex and as little cohesive as a god class, but everything it reads is a JDK value, a builder
 * chain, a var, an array or a type of its own file: no foreign data it is sure of.
 */
public class TextCruncher {

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private Optional<String> pending = Optional.empty();
    private Local local = new Local();

    public int crunch(int input, String text, List<String> words) {
        int result = 0;
        if (text.isEmpty() || words.isEmpty()) {
            result += text.getBytes().length;
        }
        if (input > 0 && lines.isEmpty()) {
            result += lines.size();
        }
        if (input > 1 || input < -1) {
            result += Request.builder().getName().length() + Request.builder().getPath().length();
        }
        if (input > 2) {
            var customer = new Customer();
            result += customer.getName().length() + customer.getAddress().length();
        }
        if (input > 3) {
            int[] values = new int[input];
            result += values.length + local.size + local.getWidth() + local.getHeight() + local.isOpen().length();
        }
        if (input > 4) {
            result += input;
        }
        return result;
    }

    public int pad(int input) {
        int result = 0;
        if (pending.isPresent() && input > 0) {
            result += pending.get().length();
        }
        if (input > 1 && input < 100) {
            result += input;
        }
        if (input > 2 || input < -2) {
            result += input;
        }
        if (input > 3) {
            result += input;
        }
        if (input > 4) {
            result += input;
        }
        if (input > 5) {
            result += input;
        }
        return result;
    }

    public int append(int input) {
        int result = 0;
        if (input > 0 && input < 10) {
            buffer.append(input);
        }
        if (input > 1 || input < -1) {
            result += buffer.length();
        }
        if (input > 2 && input < 20) {
            result += input;
        }
        if (input > 3 || input < -3) {
            result += input;
        }
        if (input > 4 && input < 40) {
            result += input;
        }
        if (input > 5) {
            result += input;
        }
        return result;
    }

    public int rewind(int input) {
        int result = 0;
        if (input > 0 && input < 10) {
            result += input;
        }
        if (input > 1 || input < -1) {
            result += input;
        }
        if (input > 2 && input < 20) {
            result += input;
        }
        if (input > 3 || input < -3) {
            result += input;
        }
        if (input > 4 && input < 40) {
            result += input;
        }
        if (input > 5) {
            result += input;
        }
        return result;
    }

    public int spin(int input) {
        int result = 0;
        if (input > 0 && input < 10) {
            result += input;
        }
        if (input > 1 || input < -1) {
            result += input;
        }
        if (input > 2 && input < 20) {
            result += input;
        }
        if (input > 3 || input < -3) {
            result += input;
        }
        if (input > 4 && input < 40) {
            result += input;
        }
        if (input > 5) {
            result += input;
        }
        return result;
    }

    /** Declared in this file: reading its data is not foreign. */
    static final class Local {
        int size;

        int getWidth() {
            return size;
        }

        int getHeight() {
            return size;
        }

        String isOpen() {
            return "yes";
        }
    }

    /** A builder whose chains are never counted. */
    static final class Request {
        static Request builder() {
            return new Request();
        }

        String getName() {
            return "n";
        }

        String getPath() {
            return "p";
        }
    }
}
