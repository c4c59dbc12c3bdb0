package dev.readiness.core.source;

/** A method or constructor of a type: its signature (e.g. {@code total(int,String)}) and line range. */
public record MethodInfo(String name, String signature, int startLine, int endLine, int parameterCount,
                         boolean constructor) {
}
