package dev.readiness.core.source;

/**
 * A method or constructor of a type: its signature (e.g. {@code total(int,String)}), line range and the
 * measures of its body ({@link MethodMetrics#NO_BODY} when not measured).
 */
public record MethodInfo(String name, String signature, int startLine, int endLine, int parameterCount,
                         boolean constructor, MethodMetrics metrics) {

    public MethodInfo {
        metrics = metrics == null ? MethodMetrics.NO_BODY : metrics;
    }
}
