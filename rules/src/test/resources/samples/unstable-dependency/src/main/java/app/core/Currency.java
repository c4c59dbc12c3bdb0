package app.core;

public enum Currency {
    EUR, USD;

    public String show(long cents) {
        return app.plugin.Formatter.format(cents) + " " + name(); // expect: architecture/unstable-dependency
    }
}
