package dev.readiness.core.report;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which findings survive when a report must hold fewer than all of them: the most severe first, and within
 * a level the earlier in report order. Keeping {@code n} means keeping the first {@code n} of that priority.
 */
final class ResultSelection {

    private final List<Finding> findings;
    private final List<Integer> priority;

    private ResultSelection(List<Finding> findings, List<Integer> priority) {
        this.findings = findings;
        this.priority = priority;
    }

    static ResultSelection bySeverity(List<Finding> findings) {
        List<Integer> priority = IntStream.range(0, findings.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> findings.get(i).level()).thenComparing(i -> i))
                .toList();
        return new ResultSelection(findings, priority);
    }

    /** Indices of the {@code keep} findings to report, back in report order. */
    List<Integer> kept(int keep) {
        List<Integer> kept = new ArrayList<>(priority.subList(0, Math.min(keep, priority.size())));
        kept.sort(null);
        return kept;
    }

    /** "Dropped 10 of 25010 result(s) (10 note)." for keeping the first {@code keep}. */
    String describeDropped(int keep) {
        return "Dropped " + (findings.size() - keep) + " of " + findings.size() + " result(s) ("
                + describeLevels(keep, findings.size()) + ").";
    }

    /** Counts by level of the findings at priority positions {@code from} (inclusive) to {@code to}. */
    String describeLevels(int from, int to) {
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        priority.subList(from, to).forEach(i -> counts.merge(findings.get(i).level(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().id())
                .collect(Collectors.joining(", "));
    }
}
