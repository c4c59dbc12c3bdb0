package dev.readiness.core.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An option a rule declares for readiness.yml ({@code rules: <id>: options: <name>: <value>}): its name, whether it
 * takes whole or decimal numbers, the default and the inclusive range a value must lie in.
 */
public record RuleOption(String name, Type type, double defaultValue, double min, double max, String description) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

    /** Whole numbers (thresholds in lines, counts) or decimal numbers (ratios). */
    public enum Type {
        INTEGER("a whole number"), DECIMAL("a number");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public RuleOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("option name must be lowerCamelCase: " + name);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(name + ": description must not be blank");
        }
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(name + ": the default " + defaultValue + " must lie in " + min + ".." + max);
        }
    }

    /** A whole-number option from 0 up; narrow it with {@link #between}. */
    public static RuleOption integer(String name, int defaultValue, String description) {
        return new RuleOption(name, Type.INTEGER, defaultValue, 0, Integer.MAX_VALUE, description);
    }

    /** A decimal option from 0 up; narrow it with {@link #between}. */
    public static RuleOption decimal(String name, double defaultValue, String description) {
        return new RuleOption(name, Type.DECIMAL, defaultValue, 0, Double.MAX_VALUE, description);
    }

    /** This option accepting values from {@code low} to {@code high}, both included. */
    public RuleOption between(double low, double high) {
        return new RuleOption(name, type, defaultValue, low, high, description);
    }

    /** Why {@code value} is not allowed, or null when it is. */
    String problem(double value) {
        if (type == Type.INTEGER && value != Math.rint(value)) {
            return "must be a whole number";
        }
        if (value < min || value > max) {
            return "must be between " + format(min) + " and " + format(max);
        }
        return null;
    }

    /** {@code 15} for whole numbers, {@code 0.1} otherwise. */
    public String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
