package dev.readiness.core.rule;

import java.util.Locale;

/** Severity of a finding, in SARIF's vocabulary; declared from most to least severe. */
public enum Level {
    ERROR,
    WARNING,
    NOTE;

    /** The lower-case name SARIF and the CLI use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this level is at least as severe as {@code other}. */
    public boolean isAtLeast(Level other) {
        return ordinal() <= other.ordinal();
    }

    public static Level parse(String text) {
        for (Level level : values()) {
            if (level.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + text + "' (expected error, warning or note)");
    }
}
