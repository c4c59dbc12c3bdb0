package dev.readiness.core.source;

import java.util.List;

/**
 * What a method or constructor body measures and touches, computed while its tree exists: lines of code
 * between the braces, cognitive and cyclomatic complexity, deepest nesting, "bumps" (separate top-level
 * blocks nested two or more levels deep), complex conditionals
 * ({@link dev.readiness.core.source.metrics.ComplexConditionals}), its {@link Traits},
 * and which instance fields of its own class and which of its own class's methods it uses (by name, sorted),
 * directly or through an inner class it creates; code in a field's initialiser also uses that field.
 */
public record MethodMetrics(boolean hasBody, int linesOfCode, int cognitiveComplexity, int cyclomaticComplexity,
                            int maxNesting, int bumps, int complexConditionals, Traits traits, List<String> fieldsUsed,
                            List<String> methodsCalled) {

    /**
     * Modifiers the design metrics look at; whether the body is a plain accessor: {@code return f;},
     * {@code this.f = x;} (optionally followed by {@code return this;}) or a lazy getter
     * ({@code if (f == null) { f = ...; } return f;}) on an instance field (a lambda counts as an override);
     * whether it is a table written as code ({@code Tables}: its length is not logic to hold in mind); and
     * whether a tool generated it ({@code @Generated}: the method biomarkers leave it to the generator).
     */
    public record Traits(boolean isStatic, boolean isPrivate, boolean isOverride, boolean isPlainAccessor,
                         boolean isTable, boolean isGenerated) {
        public static final Traits NONE = new Traits(false, false, false, false, false, false);
    }

    /** An abstract, native or interface method: nothing to measure. */
    public static final MethodMetrics NO_BODY = new MethodMetrics(false, 0, 0, 1, 0, 0, 0, Traits.NONE, List.of(),
            List.of());

    public MethodMetrics {
        traits = traits == null ? Traits.NONE : traits;
        fieldsUsed = fieldsUsed == null ? List.of() : List.copyOf(fieldsUsed);
        methodsCalled = methodsCalled == null ? List.of() : List.copyOf(methodsCalled);
    }

    public boolean isStatic() {
        return traits.isStatic();
    }

    public boolean isPrivate() {
        return traits.isPrivate();
    }

    public boolean isOverride() {
        return traits.isOverride();
    }

    public boolean isPlainAccessor() {
        return traits.isPlainAccessor();
    }

    public boolean isTable() {
        return traits.isTable();
    }

    public boolean isGenerated() {
        return traits.isGenerated();
    }
}
