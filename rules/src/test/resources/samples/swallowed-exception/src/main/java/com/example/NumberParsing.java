package com.example;

import java.io.IOException;
import java.io.Writer;

/** Empty catch blocks that fall through to a fallback, explain themselves, or really swallow the failure. */
public class NumberParsing {

    // near misses: the code after the try statement handles the failure

    Integer parseOrReport(String text, Problems problems) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException badNumber) { }
        return problems.invalidNumber(text);
    }

    double parseInRange(String text, Problems problems) {
        if (text.length() < 20) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException nfe) { }
        }
        return problems.invalidNumber(text);
    }

    // near misses: documented decisions

    void flushQuietly(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            // the stream is closed right after; a failed flush changes nothing
        }
    }

    Class<?> optionalSupport(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException onlyWhenTheModuleIsAbsent) {
        }
        return null;
    }

    // reported: nothing runs after the try statement, or the try block does not end by returning

    Object fieldOrNothing(Class<?> type, String name) {
        try {
            return type.getField(name);
        } catch (Throwable anything) { } // expect: hygiene/swallowed-exception "Catch block for Throwable is empty"
        return null;
    }

    void parseAndStore(String text, int[] slot) {
        try {
            slot[0] = Integer.parseInt(text);
            return;
        } catch (NumberFormatException e) // expect: hygiene/swallowed-exception "Catch block for NumberFormatException is empty"
        {
        }
    }

    int parseOrZero(String text) {
        int value = 0;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) // expect: hygiene/swallowed-exception "Catch block for NumberFormatException is empty"
        {
        }
        return value;
    }

    void closeWithTodo(Writer out) {
        try {
            out.close();
        } catch (IOException e) // expect: hygiene/swallowed-exception "Catch block for IOException holds only a to-do comment"
        {
            // TODO
        }
    }

    /** Reports a value that is not a number. */
    interface Problems {
        Integer invalidNumber(String text);
    }
}
