package dev.readiness.core.rule;

import java.util.Locale;

/**
 * How a finding relates to what the quality gate compares against (a baseline file, or the lines changed
 * since a Git ref): only {@link #NEW} findings can fail the gate. The ids are SARIF's {@code baselineState}.
 */
public enum BaselineState {
    NEW, UNCHANGED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
