package app.core;

import app.plugin.Formatter;

/** Used by three packages, so stable; yet it depends on the volatile formatting plugin. */
public record Money(long cents) implements Amount {

    public String show() {
        return Formatter.format(cents);
    }
}
