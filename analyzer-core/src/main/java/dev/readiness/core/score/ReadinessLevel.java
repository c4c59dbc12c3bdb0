package dev.readiness.core.score;

/** What the overall score means for working with agents (DESIGN.md "Score"). */
public enum ReadinessLevel {
    NOT_READY("not ready", 0, "Fix the foundations below before handing work to agents."),
    ASSISTED("assisted", 40, "People should drive the changes; agents can suggest and draft."),
    SUPERVISED("supervised", 60, "Agents can make changes, but a person should review each one closely."),
    READY("ready", 80, "Agents can take on changes here with ordinary code review.");

    private final String label;
    private final int from;
    private final String meaning;

    ReadinessLevel(String label, int from, String meaning) {
        this.label = label;
        this.from = from;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** What the level means for working with agents, in one sentence. */
    public String meaning() {
        return meaning;
    }

    /** The lowest whole-number score of the level. */
    public int from() {
        return from;
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
