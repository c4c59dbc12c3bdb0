package dev.readiness.core.graph;

/**
 * The layers of a conventional layered application, from the top (what users call) to the bottom (what
 * everything may use). A layer may use the layers below it; {@link #isAbove} says which way is down.
 */
public enum ConventionalLayer {
    WEB("web", 3),
    SERVICE("service", 2),
    PERSISTENCE("persistence", 1),
    DOMAIN("domain", 0);

    private final String label;
    private final int rank;

    ConventionalLayer(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    public boolean isAbove(ConventionalLayer other) {
        return rank > other.rank;
    }
}
