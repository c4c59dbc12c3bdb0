package dev.readiness.core.evidence;

import java.util.Locale;

/** The outcome of one PIT mutant, as written in {@code mutations.xml}. */
public enum MutationStatus {
    KILLED, SURVIVED, NO_COVERAGE, TIMED_OUT, MEMORY_ERROR, RUN_ERROR, NON_VIABLE;

    /** PIT counts a mutant as detected (killed) when a test failed, timed out or crashed on it. */
    public boolean detected() {
        return this == KILLED || this == TIMED_OUT || this == MEMORY_ERROR || this == RUN_ERROR;
    }

    /** A status name as PIT writes it; unknown names are an error. */
    public static MutationStatus parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("mutation without a status");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mutation status '" + text + "'", e);
        }
    }
}
