package dev.readiness.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of a rule's options record that readiness.yml may set ({@code rules: <id>: options: <name>: v}).
 * The component's name is the option's name; an {@code int} takes whole numbers, a {@code double} any number. The
 * engine validates readiness.yml's value against the range and passes the record to the rule's constructor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Option {

    /** The value when readiness.yml does not set one. */
    double defaultValue();

    /** The smallest value allowed. */
    double min() default 0;

    /** The largest value allowed. */
    double max() default Integer.MAX_VALUE;

    /** What the value changes, for `readiness rules <id>` and docs/config.md. */
    String description();
}
