package dev.readiness.core.score;

/** What the overall score means for working with agents (DESIGN.md "Score"). */
public enum ReadinessLevel {
    NOT_READY("not ready", 0),
    ASSISTED("assisted", 40),
    SUPERVISED("supervised", 60),
    READY("ready", 80);

    private final String label;
    private final int from;

    ReadinessLevel(String label, int from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    /** The level of a whole-number score: 0–39 not ready, 40–59 assisted, 60–79 supervised, 80–100 ready. */
    public static ReadinessLevel of(long score) {
        ReadinessLevel level = NOT_READY;
        for (ReadinessLevel candidate : values()) {
            if (score >= candidate.from) {
                level = candidate;
            }
        }
        return level;
    }
}
