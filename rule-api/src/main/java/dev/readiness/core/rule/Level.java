package dev.readiness.core.rule;

import java.util.Arrays;
import java.util.List;
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

    /** The ids of all levels, most severe first. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Level::id).toList();
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
        List<String> ids = ids();
        throw new IllegalArgumentException("unknown level '" + text + "' (expected "
                + String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1) + ")");
    }
}
