package dev.readiness.core.source;

import java.util.List;

/**
 * What a method or constructor body measures and touches, computed while its tree exists: lines of code
 * between the braces, cognitive and cyclomatic complexity, deepest nesting, "bumps" (separate top-level
 * blocks nested two or more levels deep), whether it is static, private or annotated {@code @Override},
 * and which instance fields of its own class and which of its own class's methods it uses (by name, sorted).
 */
public record MethodMetrics(boolean hasBody, int linesOfCode, int cognitiveComplexity, int cyclomaticComplexity,
                            int maxNesting, int bumps, Modifiers modifiers, List<String> fieldsUsed,
                            List<String> methodsCalled) {

    /** The modifiers the design metrics look at. */
    public record Modifiers(boolean isStatic, boolean isPrivate, boolean isOverride) {
        public static final Modifiers NONE = new Modifiers(false, false, false);
    }

    /** An abstract, native or interface method: nothing to measure. */
    public static final MethodMetrics NO_BODY = new MethodMetrics(false, 0, 0, 1, 0, 0, Modifiers.NONE, List.of(),
            List.of());

    public MethodMetrics {
        modifiers = modifiers == null ? Modifiers.NONE : modifiers;
        fieldsUsed = fieldsUsed == null ? List.of() : List.copyOf(fieldsUsed);
        methodsCalled = methodsCalled == null ? List.of() : List.copyOf(methodsCalled);
    }

    public boolean isStatic() {
        return modifiers.isStatic();
    }

    public boolean isPrivate() {
        return modifiers.isPrivate();
    }

    public boolean isOverride() {
        return modifiers.isOverride();
    }
}
