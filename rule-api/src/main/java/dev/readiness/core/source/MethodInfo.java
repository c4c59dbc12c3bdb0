package dev.readiness.core.source;

/**
 * A method or constructor of a type: its signature (e.g. {@code total(int,String)}), line range, its
 * parameters as a caller fills them in (a numbered run such as {@code p0, p1} counts once, see
 * {@code Callables.countedParameters}) and the measures of its body ({@link MethodMetrics#NO_BODY} when not
 * measured).
 */
public record MethodInfo(String name, String signature, int startLine, int endLine, int parameterCount,
                         boolean constructor, MethodMetrics metrics) {

    public MethodInfo {
        metrics = metrics == null ? MethodMetrics.NO_BODY : metrics;
    }
}
