package dev.readiness.core.metrics;

import java.util.List;

/**
 * One kind of code-health problem found in a file: how often, the points it cost (after its cap) and
 * where, one line per occurrence in source order.
 */
public record Biomarker(String id, int count, double penalty, List<String> occurrences) {

    public Biomarker {
        occurrences = List.copyOf(occurrences);
    }
}
