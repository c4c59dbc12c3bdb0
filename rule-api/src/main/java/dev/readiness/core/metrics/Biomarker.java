package dev.readiness.core.metrics;

import java.util.List;

/**
 * One kind of code-health problem found in a file: how often, the points it cost (after its cap) and
 * where, one line per occurrence in source order; {@code spans} holds each occurrence's lines and what it cost
 * before the cap (hundredths of a point), so the health the file would have without one of them can be computed
 * ({@link CodeHealth#without}).
 */
public record Biomarker(String id, int count, double penalty, List<String> occurrences, List<Span> spans) {

    /** The lines one occurrence covers (its method, its class, or the whole file) and its penalty before the cap. */
    public record Span(int firstLine, int lastLine, int hundredths) {

        public boolean contains(int line) {
            return line >= firstLine && line <= lastLine;
        }
    }

    public Biomarker {
        occurrences = List.copyOf(occurrences);
        spans = List.copyOf(spans);
    }

    /** A biomarker whose occurrences' lines are not known: its penalty stands as a whole. */
    public Biomarker(String id, int count, double penalty, List<String> occurrences) {
        this(id, count, penalty, occurrences, List.of());
    }
}
