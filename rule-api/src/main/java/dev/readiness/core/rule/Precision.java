package dev.readiness.core.rule;

import java.util.Locale;

/** How often a rule's findings are true positives; GitHub code scanning reads it from rule properties. */
public enum Precision {
    VERY_HIGH,
    HIGH,
    MEDIUM,
    LOW;

    /** The SARIF property value: very-high, high, medium, low. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
