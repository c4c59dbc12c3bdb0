package dev.readiness.rules.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;

/**
 * One constraint of readiness.yml's architecture section, checked two ways that must agree: on a type
 * edge of the source dependency graph ({@link #violation}) and as an ArchUnit rule over compiled classes.
 */
interface ArchitectureConstraint {

    /** {@code from} (in package {@code fromPackage}) uses {@code to} (in {@code toPackage}). */
    record TypeUse(String from, String fromPackage, String to, String toPackage) {
    }

    /** The finding's message when {@code use} breaks this constraint. */
    Optional<String> violation(TypeUse use);

    /** The same constraint as an ArchUnit rule whose violations are {@link com.tngtech.archunit.core.domain.Dependency}s. */
    ArchRule archRule();
}
