package dev.readiness.core.rule;

import java.lang.reflect.Constructor;

/** Finds and calls the one constructor a rule class has: no arguments, or its options record. */
final class RuleConstructors {

    private RuleConstructors() {
    }

    static Constructor<? extends Rule> of(Class<? extends Rule> rule) {
        Constructor<?>[] constructors = rule.getDeclaredConstructors();
        if (constructors.length != 1 || constructors[0].getParameterCount() > 1) {
            throw new IllegalArgumentException(rule.getName()
                    + " must have exactly one constructor, taking nothing or its options record");
        }
        @SuppressWarnings("unchecked") // a constructor of a Rule class creates that class
        Constructor<? extends Rule> constructor = (Constructor<? extends Rule>) constructors[0];
        constructor.setAccessible(true);
        return constructor;
    }
}
