package dev.readiness.core.bytecode;

/**
 * Why compiled classes were not used, or may mislead: a stable kebab-case {@code id}, whether it is
 * worth a warning (else a note), and a sentence for the user. The engine turns it into a notification.
 */
public record ImportProblem(String id, boolean warning, String message) {
}
