package dev.readiness.core.rule;

import dev.readiness.core.config.RuleOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A rule's options: the record its constructor takes, whose components carry {@link Option}. The engine reads the
 * declared options from it and builds it from readiness.yml's values, so a rule never parses its own settings.
 */
final class RuleOptionsRecord {

    private final Class<? extends Record> type;
    private final List<RuleOption> options;

    private RuleOptionsRecord(Class<? extends Record> type, List<RuleOption> options) {
        this.type = type;
        this.options = List.copyOf(options);
    }

    /** The options record {@code constructor} takes; empty for a rule's no-argument constructor. */
    static Optional<RuleOptionsRecord> of(Constructor<? extends Rule> constructor) {
        Class<?> rule = constructor.getDeclaringClass();
        if (constructor.getParameterCount() == 0) {
            return Optional.empty();
        }
        Class<?> parameter = constructor.getParameterTypes()[0];
        if (!parameter.isRecord()) {
            throw new IllegalArgumentException(rule.getName() + ": a rule's constructor takes nothing or its options record");
        }
        List<RuleOption> declared = new ArrayList<>();
        for (RecordComponent component : parameter.getRecordComponents()) {
            declared.add(optionOf(rule, component));
        }
        return Optional.of(new RuleOptionsRecord(parameter.asSubclass(Record.class), declared));
    }

    List<RuleOption> options() {
        return options;
    }

    /** The record holding {@code values} (each declared option's value, by name). */
    Record create(RuleOptions values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            double value = values.decimal(components[i].getName());
            arguments[i] = components[i].getType() == int.class ? (Object) (int) Math.round(value) : (Object) value;
        }
        try {
            Constructor<? extends Record> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
            throw new IllegalStateException("cannot create the options of " + type.getName() + ": " + cause, cause);
        }
    }

    private static RuleOption optionOf(Class<?> rule, RecordComponent component) {
        Option option = component.getAnnotation(Option.class);
        if (option == null) {
            throw new IllegalArgumentException(rule.getName() + ": option '" + component.getName()
                    + "' has no @Option");
        }
        RuleOption.Type kind;
        if (component.getType() == int.class) {
            kind = RuleOption.Type.INTEGER;
        } else if (component.getType() == double.class) {
            kind = RuleOption.Type.DECIMAL;
        } else {
            throw new IllegalArgumentException(rule.getName() + ": option '" + component.getName()
                    + "' must be an int or a double");
        }
        return new RuleOption(component.getName(), kind, option.defaultValue(), option.min(), option.max(),
                option.description());
    }
}
